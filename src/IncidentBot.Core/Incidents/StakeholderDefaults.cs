namespace IncidentBot.Core.Incidents;

/// <summary>
/// The stakeholder cadence a rung has unless configured, by its place on the ladder: the worst rung within 15 minutes of
/// declaring and then hourly, the next within 30 minutes and then every 2 hours, the others none. A configured zero
/// turns a rung's off.
/// </summary>
public static class StakeholderDefaults
{
    private static readonly TimeSpan?[] FirstWithins = [TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30)];
    private static readonly TimeSpan?[] Cadences = [TimeSpan.FromHours(1), TimeSpan.FromHours(2)];

    /// <summary>The first update's deadline of the rung at <paramref name="position"/> (0: the worst).</summary>
    public static TimeSpan? FirstWithin(TimeSpan? configured, int position) => Resolve(configured, FirstWithins, position);

    /// <summary>The cadence after the first update of the rung at <paramref name="position"/>.</summary>
    public static TimeSpan? Cadence(TimeSpan? configured, int position) => Resolve(configured, Cadences, position);

    private static TimeSpan? Resolve(TimeSpan? configured, TimeSpan?[] defaults, int position) => configured switch
    {
        { } set when set > TimeSpan.Zero => set,
        { } => null,
        null => position < defaults.Length ? defaults[position] : null,
    };
}
