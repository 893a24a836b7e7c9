namespace IncidentBot.Core.Metrics;

/// <summary>
/// Builds an <see cref="InsightsReport"/> from loaded incidents, as pure functions. The incidents passed in reach back
/// <see cref="RecurrenceWindow"/> before the period so a recurrence of an earlier incident is found.
/// </summary>
public static class InsightsBuilder
{
    public static readonly TimeSpan RecurrenceWindow = TimeSpan.FromDays(90);
    private const int TopCount = 5;

    public static InsightsReport Build(IReadOnlyList<MetricsIncident> loaded, DateTimeOffset from, DateTimeOffset to, IReadOnlyList<string> severityOrder)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(severityOrder);
        var inPeriod = loaded.Where(i => i.DeclaredAt >= from && i.DeclaredAt < to).ToList();
        var days = Math.Max(1, (int)Math.Ceiling((to - from).TotalDays));
        var stats = IncidentMetrics.Report(inPeriod, severityOrder, days);
        var counted = inPeriod.Where(i => i.Outcome is null).ToList();
        var recurrences = Recurrences(loaded.Where(i => i.Outcome is null).ToList(), from, to);
        var worst = severityOrder.Count > 0 ? severityOrder[0] : "";
        var worstIncidents = counted.Where(i => string.Equals(i.SeverityKey, worst, StringComparison.OrdinalIgnoreCase)).ToList();
        return new InsightsReport(from, to, stats, Weeks(counted, from, to), Months(counted, from, to), TopServices(counted),
            recurrences, new Ratio(recurrences.Select(r => r.Number).Distinct().Count(), counted.Count), Longest(counted),
            new TargetCheck(worst, IncidentMetrics.Mtta(worstIncidents), IncidentMetrics.Mttr(worstIncidents)))
        {
            WeeksBySeverity = WeeksBySeverity(counted, from, to, severityOrder),
        };
    }

    /// <summary>
    /// <see cref="Weeks"/> per severity of the ladder, worst first; a severity no longer on the ladder that still has
    /// incidents in the period follows, so the split always adds up to the weekly totals.
    /// </summary>
    public static IReadOnlyList<SeverityWeeks> WeeksBySeverity(IReadOnlyList<MetricsIncident> incidents, DateTimeOffset from, DateTimeOffset to,
        IReadOnlyList<string> severityOrder)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(severityOrder);
        var bySeverity = incidents.ToLookup(i => i.SeverityKey, StringComparer.OrdinalIgnoreCase);
        var keys = severityOrder.Concat(incidents.Select(i => i.SeverityKey)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return keys.Select(key => new SeverityWeeks(key, Weeks(bySeverity[key].ToList(), from, to))).ToList();
    }

    /// <summary>Every week (Monday, UTC) touching the period, empty ones included so a chart shows the quiet weeks.</summary>
    public static IReadOnlyList<PeriodCount> Weeks(IReadOnlyList<MetricsIncident> incidents, DateTimeOffset from, DateTimeOffset to)
    {
        // Counted in one pass (a year's window holds thousands of incidents and fifty-odd weeks).
        var counts = incidents.GroupBy(i => WeekOf(i.DeclaredAt)).ToDictionary(g => g.Key, g => g.Count());
        var weeks = new List<PeriodCount>();
        for (var start = WeekOf(from); start.ToDateTime(TimeOnly.MinValue) < to.UtcDateTime; start = start.AddDays(7))
        {
            weeks.Add(new PeriodCount(start, counts.GetValueOrDefault(start)));
        }

        return weeks;
    }

    /// <summary>Every calendar month (UTC) touching the period, with its count and mean times.</summary>
    public static IReadOnlyList<MonthTimes> Months(IReadOnlyList<MetricsIncident> incidents, DateTimeOffset from, DateTimeOffset to)
    {
        var byMonth = incidents.ToLookup(i => new DateOnly(i.DeclaredAt.UtcDateTime.Year, i.DeclaredAt.UtcDateTime.Month, 1));
        var months = new List<MonthTimes>();
        for (var month = new DateOnly(from.UtcDateTime.Year, from.UtcDateTime.Month, 1); month.ToDateTime(TimeOnly.MinValue) < to.UtcDateTime; month = month.AddMonths(1))
        {
            var these = byMonth[month].ToList();
            months.Add(new MonthTimes(month, these.Count, IncidentMetrics.Mtta(these), IncidentMetrics.Mttm(these), IncidentMetrics.Mttr(these)));
        }

        return months;
    }

    /// <summary>The index of the first incident declared before <paramref name="at"/> in a list newest first (binary search).</summary>
    private static int FirstBefore(List<MetricsIncident> newestFirst, DateTimeOffset at)
    {
        int low = 0, high = newestFirst.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (newestFirst[middle].DeclaredAt >= at)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// The period's incidents that repeat an earlier one declared at most <see cref="RecurrenceWindow"/> before them:
    /// a service and a root-cause tag in common. Each is listed once, against the latest such earlier incident.
    /// </summary>
    public static IReadOnlyList<Recurrence> Recurrences(IReadOnlyList<MetricsIncident> incidents, DateTimeOffset from, DateTimeOffset to)
    {
        // Only incidents with a service and a tag can recur or be recurred: indexed by service, newest first.
        var byService = incidents.Where(i => i.Services.Count > 0 && i.RootCauseTags.Count > 0)
            .SelectMany(i => i.Services.Select(s => (Service: s, Incident: i)))
            .GroupBy(p => p.Service, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Incident).OrderByDescending(i => i.DeclaredAt).ToList(), StringComparer.Ordinal);
        var found = new List<Recurrence>();
        foreach (var later in incidents.Where(i => i.DeclaredAt >= from && i.DeclaredAt < to && i.RootCauseTags.Count > 0).OrderBy(i => i.DeclaredAt))
        {
            (MetricsIncident Earlier, string Service, string Tag)? best = null;
            foreach (var service in later.Services)
            {
                var earlierOnes = byService.GetValueOrDefault(service, []);
                for (var k = FirstBefore(earlierOnes, later.DeclaredAt); k < earlierOnes.Count && later.DeclaredAt - earlierOnes[k].DeclaredAt <= RecurrenceWindow; k++)
                {
                    var earlier = earlierOnes[k];
                    if (earlier.Number != later.Number && earlier.RootCauseTags.Intersect(later.RootCauseTags).FirstOrDefault() is { } tag)
                    {
                        if (best is null || earlier.DeclaredAt > best.Value.Earlier.DeclaredAt)
                        {
                            best = (earlier, service, tag);
                        }

                        break;
                    }
                }
            }

            if (best is { } match)
            {
                found.Add(new Recurrence(later.Number, match.Earlier.Number, match.Service, match.Tag));
            }
        }

        return found;
    }

    public static IReadOnlyList<ServiceCount> TopServices(IReadOnlyList<MetricsIncident> incidents) => incidents
        .SelectMany(i => i.Services).GroupBy(s => s, StringComparer.Ordinal)
        .Select(g => new ServiceCount(g.Key, g.Count())).OrderByDescending(s => s.Count).ThenBy(s => s.Service, StringComparer.Ordinal)
        .Take(TopCount).ToList();

    public static IReadOnlyList<LongIncident> Longest(IReadOnlyList<MetricsIncident> incidents) => incidents
        .Where(i => i.ResolvedAt is not null)
        .Select(i => new LongIncident(i.Number, i.Title, i.SeverityKey, i.ResolvedAt!.Value - i.DeclaredAt))
        .OrderByDescending(l => l.Duration).ThenBy(l => l.Number).Take(TopCount).ToList();

    private static DateOnly WeekOf(DateTimeOffset moment)
    {
        var day = DateOnly.FromDateTime(moment.UtcDateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }
}
