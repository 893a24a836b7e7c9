namespace IncidentBot.Core.Metrics;

/// <summary>
/// What <c>/incident stats</c> reports over a window: per severity, overall, and the three completion rates, over the
/// incidents that ran their course; then, counted apart, those cancelled (false alarms, declined) and merged as duplicates,
/// and the alerts declined in triage (never incidents at all).
/// </summary>
public sealed record StatsReport(
    int Days,
    IReadOnlyList<SeverityStats> PerSeverity,
    SeverityStats Overall,
    Ratio UpdatesOnTime,
    Ratio PostmortemsCompleted,
    Ratio ActionsCompleted,
    int Cancelled = 0,
    int Merged = 0,
    long DeclinedAlerts = 0)
{
    /// <summary>Pages sent to the window's incidents (false alarms and duplicates included: someone was woken for them).</summary>
    public int Pages { get; init; }

    /// <summary>Of <see cref="Pages"/>, those whose ack window passed with no answer.</summary>
    public int PagesUnanswered { get; init; }
}
