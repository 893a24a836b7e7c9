using IncidentBot.Core.Incidents;

namespace IncidentBot.Work;

/// <summary>An auto-reset signal: queued work wakes the processor at once instead of at its next poll.</summary>
public sealed class WorkSignal : IWorkSignal, IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);
    private readonly Lock _gate = new();

    /// <summary>
    /// Sets the signal; one wake-up covers any number of notifications. Called hundreds of times a second under load, so
    /// an already-set signal is checked for rather than caught as <see cref="SemaphoreFullException"/>: only a release
    /// raises the count, and releases happen under the lock.
    /// </summary>
    public void Notify()
    {
        lock (_gate)
        {
            if (_semaphore.CurrentCount == 0)
            {
                _semaphore.Release();
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _semaphore.WaitAsync(timeout, ct);

    public void Dispose() => _semaphore.Dispose();
}
