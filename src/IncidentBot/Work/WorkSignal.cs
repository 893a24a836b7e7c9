using IncidentBot.Core.Incidents;

namespace IncidentBot.Work;

/// <summary>An auto-reset signal: queued work wakes the processor at once instead of at its next poll.</summary>
public sealed class WorkSignal : IWorkSignal, IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers any number of notifications.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _semaphore.WaitAsync(timeout, ct);

    public void Dispose() => _semaphore.Dispose();
}
