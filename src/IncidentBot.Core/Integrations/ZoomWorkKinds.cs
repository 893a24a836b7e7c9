using System.Globalization;

namespace IncidentBot.Core.Integrations;

/// <summary>
/// Queued Zoom work. It is queued without an incident, so that a Zoom outage never holds up the incident's Slack work;
/// the payload is the incident's id.
/// </summary>
public static class ZoomWorkKinds
{
    /// <summary>Create the incident's Zoom meeting, bookmark it in its channel and show it in the brief. Payload: the incident id.</summary>
    public const string CreateMeeting = "zoom_create_meeting";

    public static string MeetingEffect(long incidentId) => $"zoom:meeting:{incidentId.ToString(CultureInfo.InvariantCulture)}";

    public static string BookmarkEffect(long incidentId) => $"inc:{incidentId.ToString(CultureInfo.InvariantCulture)}:zoom-bookmark";
}
