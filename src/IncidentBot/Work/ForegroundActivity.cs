namespace IncidentBot.Work;

/// <summary>
/// Whether Slack is waiting on an answer from us now or was a moment ago. Queued work runs narrower while it is, so a
/// burst of follow-up work cannot take the CPU from the next acknowledgement, which has a 3-second deadline; the follow-up
/// work has none.
/// </summary>
public sealed class ForegroundActivity(TimeProvider time)
{
    /// <summary>How long after the last answer the load counts as ongoing: requests at 20/s or more keep it busy.</summary>
    public static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(50);

    private int _inFlight;
    private long _lastEnded;

    public bool IsBusy =>
        Volatile.Read(ref _inFlight) > 0 || time.GetElapsedTime(Volatile.Read(ref _lastEnded)) < Linger;

    /// <summary>Marks an answer under way until the returned scope is disposed.</summary>
    public Scope Enter()
    {
        Interlocked.Increment(ref _inFlight);
        return new Scope(this);
    }

    private void Exit()
    {
        Volatile.Write(ref _lastEnded, time.GetTimestamp());
        Interlocked.Decrement(ref _inFlight);
    }

    public readonly struct Scope(ForegroundActivity owner) : IDisposable
    {
        public void Dispose() => owner.Exit();
    }
}
