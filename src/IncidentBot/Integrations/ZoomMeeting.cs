namespace IncidentBot.Integrations;

/// <summary>A Zoom meeting as created: its id and the link to join it.</summary>
public sealed record ZoomMeeting(string Id, Uri JoinUrl);
