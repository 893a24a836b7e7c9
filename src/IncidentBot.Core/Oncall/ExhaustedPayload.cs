namespace IncidentBot.Core.Oncall;

/// <summary>
/// A chain with nobody left to page, and the escalation target to mention (a user group or channel), if any; or, for a
/// person paged by name (<see cref="PagePosition.Person"/>, one step), who did not answer.
/// </summary>
public sealed record ExhaustedPayload(string Chain, string? Target, string? Person = null);
