namespace IncidentBot.Core.Incidents;

/// <summary>One next step of a status update and who owns it (a Slack user ID; null when given without one).</summary>
public sealed record NextStep(string Text, string? Owner);
