namespace IncidentBot.Slack.Http;

/// <summary>What <c>/readyz</c> answers: each dependency's state.</summary>
public sealed record ReadinessReport(bool Ready, bool Database, bool Slack, string? SlackError);
