using IncidentBot.Jobs;

namespace IncidentBot.Slack.Http;

/// <summary>
/// What <c>/readyz</c> answers: each dependency's state, the database engine in use (<c>sqlite</c> or
/// <c>postgresql</c>) and this replica's scheduler lease.
/// </summary>
public sealed record ReadinessReport(bool Ready, bool Database, bool Slack, string? SlackError, string Engine, SchedulerReport Scheduler);
