using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Metrics;

/// <summary>The incident metrics as pure functions of hand-built or loaded incidents. Means are over incidents that reached the point.</summary>
public static class IncidentMetrics
{
    /// <summary>
    /// Mean time from declaring to the first acknowledgement: of a page, for an incident someone was paged into; else
    /// (nobody paged, or no page acknowledged) to an IC being assigned, the declarer taking it by declaring.
    /// </summary>
    public static TimeSpan? Mtta(IEnumerable<MetricsIncident> incidents) =>
        Mean(incidents.Select(i => (i.FirstAcknowledgedAt ?? i.CommanderAssignedAt) - i.DeclaredAt));

    /// <summary>Mean time from declaring to mitigation (to resolution when it was never marked mitigated).</summary>
    public static TimeSpan? Mttm(IEnumerable<MetricsIncident> incidents) =>
        Mean(incidents.Select(i => i.MitigatedOrResolvedAt - i.DeclaredAt));

    /// <summary>Mean time from declaring to resolution.</summary>
    public static TimeSpan? Mttr(IEnumerable<MetricsIncident> incidents) =>
        Mean(incidents.Select(i => i.ResolvedAt - i.DeclaredAt));

    /// <summary>
    /// MTTD: mean time from the first alert firing to declaring, over the incidents an alert fired for before they were
    /// declared (<see cref="MetricsIncident.AlertToDeclared"/>); the others were not detected by an alert.
    /// </summary>
    public static TimeSpan? Mttd(IEnumerable<MetricsIncident> incidents) =>
        Mean(incidents.Select(i => i.AlertToDeclared));

    /// <summary>Update deadlines met of those that fell due.</summary>
    public static Ratio UpdatesOnTime(IEnumerable<MetricsIncident> incidents)
    {
        var list = incidents.ToList();
        return new Ratio(list.Sum(i => i.Updates.OnTime), list.Sum(i => i.Updates.Due));
    }

    /// <summary>Post-mortems reviewed (stage closed) of those started.</summary>
    public static Ratio PostmortemsCompleted(IEnumerable<MetricsIncident> incidents)
    {
        var started = incidents.Where(i => i.PostmortemStarted).ToList();
        return new Ratio(started.Count(i => i.PostmortemClosed), started.Count);
    }

    /// <summary>Action items done of all recorded.</summary>
    public static Ratio ActionsCompleted(IEnumerable<MetricsIncident> incidents)
    {
        var list = incidents.ToList();
        return new Ratio(list.Sum(i => i.ActionsDone), list.Sum(i => i.ActionsTotal));
    }

    /// <summary>
    /// The full report; severities in <paramref name="severityOrder"/> order, ones without incidents left out. Cancelled
    /// and merged incidents are only counted, apart: their times and their missing post-mortems say nothing of a response.
    /// </summary>
    public static StatsReport Report(IReadOnlyList<MetricsIncident> all, IEnumerable<string> severityOrder, int days)
    {
        var incidents = all.Where(i => i.Outcome is null).ToList();
        var perSeverity = severityOrder
            .Select(key => Stats(key, incidents.Where(i => string.Equals(i.SeverityKey, key, StringComparison.OrdinalIgnoreCase)).ToList()))
            .Where(s => s.Count > 0)
            .ToList();
        return new StatsReport(days, perSeverity, Stats("all", incidents), UpdatesOnTime(incidents),
            PostmortemsCompleted(incidents), ActionsCompleted(incidents),
            all.Count(i => i.Outcome == IncidentOutcome.Cancelled), all.Count(i => i.Outcome == IncidentOutcome.Merged))
        {
            Pages = all.Sum(i => i.Pages),
            PagesUnanswered = all.Sum(i => i.PagesUnanswered),
        };
    }

    public static SeverityStats Stats(string key, IReadOnlyList<MetricsIncident> incidents) => new(
        key, incidents.Count, incidents.Count(i => i.IsPrivate), incidents.Count(i => i.ResolvedAt is null),
        Mtta(incidents), Mttm(incidents), Mttr(incidents), Mttd(incidents), incidents.Count(i => i.AlertToDeclared is not null));

    private static TimeSpan? Mean(IEnumerable<TimeSpan?> spans)
    {
        var values = spans.OfType<TimeSpan>().Select(s => s < TimeSpan.Zero ? TimeSpan.Zero : s).ToList();
        return values.Count == 0 ? null : TimeSpan.FromTicks((long)values.Average(s => s.Ticks));
    }
}
