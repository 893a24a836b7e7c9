namespace IncidentBot.Core.Oncall;

/// <summary>Who is on call in a rotation at an instant, overrides applied, and the turn's start and end.</summary>
public sealed record OnCallShift(string Rotation, string? Primary, string? Secondary, DateTimeOffset Start, DateTimeOffset End);
