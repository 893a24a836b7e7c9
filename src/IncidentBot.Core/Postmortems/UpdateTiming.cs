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

    public static UpdateTiming operator +(UpdateTiming a, UpdateTiming b) => new(a.OnTime + b.OnTime, a.Due + b.Due);

    public static UpdateTiming Add(UpdateTiming a, UpdateTiming b) => a + b;
}
