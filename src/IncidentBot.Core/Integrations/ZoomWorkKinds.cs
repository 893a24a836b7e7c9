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

    /// <summary>
    /// The effect ledger's record of the create call: attempted just before it (so a rerun that finds no meeting saved
    /// looks in Zoom for one the call may have made), done with the meeting's id once it is saved.
    /// </summary>
    public static string CreateEffect(long incidentId) => $"zoom:create:{incidentId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Done once Zoom was given up for the incident and its static bridge stands in for the meeting.</summary>
    public static string StandInEffect(long incidentId) => $"zoom:stand-in:{incidentId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The channel's bookmark of the incident's bridge, the meeting's or the static one standing in for it.</summary>
    public static string BookmarkEffect(long incidentId) => $"inc:{incidentId.ToString(CultureInfo.InvariantCulture)}:zoom-bookmark";
}
