namespace IncidentBot.Jobs;

/// <summary>How long after a failed firing a timer's job is fired again (<see cref="BackgroundJobMiddleware"/>).</summary>
public sealed record JobRetryPolicy(TimeSpan Delay)
{
    public static JobRetryPolicy Default { get; } = new(TimeSpan.FromSeconds(30));
}
