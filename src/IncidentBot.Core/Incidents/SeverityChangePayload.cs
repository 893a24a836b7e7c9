namespace IncidentBot.Core.Incidents;

/// <summary>A severity change to announce: from, to, why and by whom.</summary>
public sealed record SeverityChangePayload(string From, string To, string? Reason, string ChangedBy);
