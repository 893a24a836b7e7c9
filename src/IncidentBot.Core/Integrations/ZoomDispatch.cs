using System.Globalization;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Integrations;

/// <summary>Queues the Zoom meeting of a newly declared incident of a configured severity, in the declaration's transaction.</summary>
public sealed class ZoomDispatch(IncidentBotOptions options, SeverityLadder ladder)
{
    /// <summary>Whether declaring at <paramref name="severityKey"/> creates a Zoom meeting.</summary>
    public bool Bridges(string severityKey)
    {
        if (!options.Zoom.CreatesMeetings)
        {
            return false;
        }

        var keys = options.Zoom.Severities.Count > 0 ? options.Zoom.Severities : ladder.All.Take(2).Select(s => s.Key).ToList();
        return keys.Any(k => string.Equals(k, severityKey, StringComparison.OrdinalIgnoreCase));
    }

    public async Task QueueMeetingAsync(Change change, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(incident);
        if (Bridges(incident.SeverityKey))
        {
            await change.QueueAsync(ZoomWorkKinds.CreateMeeting, null, incident.Id.ToString(CultureInfo.InvariantCulture), ZoomWorkKinds.MeetingEffect(incident.Id));
        }
    }
}
