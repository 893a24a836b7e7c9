using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;

namespace IncidentBot.Core.Metrics;

/// <summary>
/// One incident reduced to what the metrics need; <see cref="FirstAcknowledgedAt"/> is its first acknowledged page, and
/// <see cref="PagesUnanswered"/> counts pages whose ack window passed with no answer.
/// </summary>
public sealed record MetricsIncident(
    int Number,
    string SeverityKey,
    bool IsPrivate,
    DateTimeOffset DeclaredAt,
    DateTimeOffset? CommanderAssignedAt,
    DateTimeOffset? MitigatedAt,
    DateTimeOffset? ResolvedAt,
    UpdateTiming Updates,
    bool PostmortemStarted,
    bool PostmortemClosed,
    int ActionsTotal,
    int ActionsDone,
    IncidentOutcome? Outcome = null,
    DateTimeOffset? FirstAlertAt = null,
    DateTimeOffset? FirstAcknowledgedAt = null,
    int Pages = 0,
    int PagesUnanswered = 0)
{
    /// <summary>
    /// From the first alert firing to the declaration, when an alert fired before it was declared: the incident was
    /// detected by monitoring and this is how long it took people to declare it. Null when no alert came first.
    /// </summary>
    public TimeSpan? AlertToDeclared => FirstAlertAt is { } fired && fired <= DeclaredAt ? DeclaredAt - fired : null;

    /// <summary>The title, for naming the longest incidents in a report.</summary>
    public string Title { get; init; } = "";

    /// <summary>The services affected, lower-cased, as the latest update that named them listed them.</summary>
    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>The root-cause tags: the <c>#words</c> of the recorded root cause, lower-cased.</summary>
    public IReadOnlyList<string> RootCauseTags { get; init; } = [];

    /// <summary>Mitigation, or at the latest the resolution.</summary>
    public DateTimeOffset? MitigatedOrResolvedAt => MitigatedAt ?? ResolvedAt;
}
