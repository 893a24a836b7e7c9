namespace IncidentBot.Core.Incidents;

/// <summary>Which recorded update to post.</summary>
public sealed record UpdatePayload(int Number);
