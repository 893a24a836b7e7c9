namespace IncidentBot.Core.Postmortems;

/// <summary>A stretch of an incident at one severity: from when, which (<c>SEV2</c>) and its update cadence (null: none).</summary>
public sealed record SeverityPeriod(DateTimeOffset From, string DisplayKey, TimeSpan? Cadence);
