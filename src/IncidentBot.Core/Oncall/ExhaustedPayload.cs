namespace IncidentBot.Core.Oncall;

/// <summary>A chain with nobody left to page, and the escalation target to mention (a user group or channel), if any.</summary>
public sealed record ExhaustedPayload(string Chain, string? Target);
