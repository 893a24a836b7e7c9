namespace IncidentBot.Work;

/// <summary>
/// Thrown by work that cannot proceed yet without blocking a worker (a busy channel's posting pace, say): the work
/// queue puts the item back for <see cref="Delay"/> without counting it as a failed attempt.
/// </summary>
public sealed class WorkDeferredException(TimeSpan delay)
    : Exception($"deferred for {delay.TotalSeconds:0.0} s")
{
    public TimeSpan Delay { get; } = delay;
}
