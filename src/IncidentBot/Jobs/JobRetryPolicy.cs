namespace IncidentBot.Jobs;

/// <summary>
/// How a timer's failed firing is fired again (<see cref="BackgroundJobMiddleware"/>): after <see cref="Delay"/>,
/// doubling up to <see cref="MaxDelay"/>, at most <see cref="MaxAttempts"/> times, after which it is given up and logged.
/// </summary>
public sealed record JobRetryPolicy(TimeSpan Delay, TimeSpan MaxDelay, int MaxAttempts)
{
    public static JobRetryPolicy Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(30), 10);

    /// <summary>The wait before retry number <paramref name="attempt"/> (1 for the first).</summary>
    public TimeSpan DelayBefore(int attempt)
    {
        var delay = Delay * Math.Pow(2, Math.Min(attempt - 1, 20));
        return delay < MaxDelay ? delay : MaxDelay;
    }
}
