using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Slack.Commands;

/// <summary>Open incidents a user may see: every public one, and private ones they are a member of.</summary>
public static class VisibleOpenIncidents
{
    public static async Task<IReadOnlyList<Incident>> ForAsync(IncidentStore incidents, string userId, CancellationToken ct)
    {
        var visible = new List<Incident>();
        foreach (var incident in await incidents.ListOpenAsync(ct))
        {
            if (!incident.IsPrivate || await incidents.IsMemberAsync(incident.Id, userId, ct))
            {
                visible.Add(incident);
            }
        }

        return visible;
    }
}
