using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// How many update deadlines an incident had and how many were met. Each deadline is the previous update (or the
/// declaration) plus the cadence: an update within it meets one deadline; a longer gap misses one deadline per whole
/// cadence that passed, and so does the silence between the last update and the end.
/// </summary>
public sealed record UpdateTiming(int OnTime, int Due)
{
    public static UpdateTiming None { get; } = new(0, 0);

    public int Late => Due - OnTime;

    public static UpdateTiming Of(DateTimeOffset declaredAt, DateTimeOffset end, TimeSpan? cadence, IEnumerable<DateTimeOffset> updates)
    {
        if (cadence is not { } c || c <= TimeSpan.Zero)
        {
            return None;
        }

        var previous = declaredAt;
        int onTime = 0, due = 0;
        foreach (var at in updates.Where(u => u >= declaredAt && u <= end).Order())
        {
            var gap = at - previous;
            if (gap <= c)
            {
                onTime++;
                due++;
            }
            else
            {
                due += (int)(gap.Ticks / c.Ticks);
            }

            previous = at;
        }

        due += (int)((end - previous).Ticks / c.Ticks);
        return new UpdateTiming(onTime, due);
    }

    /// <summary>
    /// <see cref="Of"/> over the times the incident was open: from the declaration to its resolution, and again from
    /// each reopening to the next (or <paramref name="end"/>), so days spent resolved before a reopening are not counted
    /// as missed updates. Each stretch at one severity is held to that severity's cadence (<paramref name="severities"/>,
    /// in order): a severity change starts the count afresh, as a reopening does, so updates given on a slower cadence
    /// are not judged by the faster one that came later, nor the other way round. <paramref name="timeline"/> is in order
    /// of occurrence.
    /// </summary>
    public static UpdateTiming WhileOpen(DateTimeOffset declaredAt, DateTimeOffset end, IReadOnlyList<SeverityPeriod> severities, IReadOnlyList<TimelineEntry> timeline)
    {
        var posted = timeline.Where(e => e.Kind == TimelineKind.UpdatePosted).Select(e => e.OccurredAt).ToList();
        var sum = None;
        foreach (var (start, stop) in OpenPeriods(declaredAt, end, timeline))
        {
            foreach (var (from, to, cadence) in AtOneSeverity(start, stop, severities))
            {
                var inside = posted.Where(u => u >= from && (u < to || to == stop));
                sum += Of(from, to, cadence, inside);
            }
        }

        return sum;
    }

    /// <summary>The open period from <paramref name="start"/> to <paramref name="stop"/> cut where the severity changed.</summary>
    private static IEnumerable<(DateTimeOffset From, DateTimeOffset To, TimeSpan? Cadence)> AtOneSeverity(
        DateTimeOffset start, DateTimeOffset stop, IReadOnlyList<SeverityPeriod> severities)
    {
        for (var i = 0; i < severities.Count; i++)
        {
            var from = severities[i].From < start ? start : severities[i].From;
            var to = i + 1 < severities.Count && severities[i + 1].From < stop ? severities[i + 1].From : stop;
            if (from < to)
            {
                yield return (from, to, severities[i].Cadence);
            }
        }
    }

    private static IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> OpenPeriods(DateTimeOffset declaredAt, DateTimeOffset end, IReadOnlyList<TimelineEntry> timeline)
    {
        DateTimeOffset? openedAt = declaredAt;
        foreach (var entry in timeline.Where(e => e.Kind is TimelineKind.Resolved or TimelineKind.Reopened))
        {
            if (entry.Kind == TimelineKind.Resolved && openedAt is { } start)
            {
                yield return (start, entry.OccurredAt < end ? entry.OccurredAt : end);
                openedAt = null;
            }
            else if (entry.Kind == TimelineKind.Reopened && openedAt is null)
            {
                openedAt = entry.OccurredAt;
            }
        }

        if (openedAt is { } stillOpen && stillOpen <= end)
        {
            yield return (stillOpen, end);
        }
    }

    public static UpdateTiming operator +(UpdateTiming a, UpdateTiming b) => new(a.OnTime + b.OnTime, a.Due + b.Due);

    public static UpdateTiming Add(UpdateTiming a, UpdateTiming b) => a + b;
}
