namespace IncidentBot.Core.Oncall;

/// <summary>The page a piece of work is about.</summary>
public sealed record PagePayload(long PageId);
