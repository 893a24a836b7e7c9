namespace IncidentBot.Core.Storage;

/// <summary>
/// One writer at a time, as SQLite allows, with two lanes: writes made while answering Slack go ahead of queued
/// background work, so an acknowledgement never waits behind a burst of follow-up writes.
/// </summary>
internal sealed class WriterGate
{
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource> _foreground = new();
    private readonly Queue<TaskCompletionSource> _background = new();
    private bool _held;

    public Task EnterAsync(bool background, CancellationToken ct)
    {
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                return Task.CompletedTask;
            }

            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (background ? _background : _foreground).Enqueue(waiter);
            if (ct.CanBeCanceled)
            {
                ct.Register(() => waiter.TrySetCanceled(ct));
            }

            return waiter.Task;
        }
    }

    public void Release()
    {
        while (true)
        {
            TaskCompletionSource? next;
            lock (_lock)
            {
                next = _foreground.Count > 0 ? _foreground.Dequeue() : _background.Count > 0 ? _background.Dequeue() : null;
                if (next is null)
                {
                    _held = false;
                    return;
                }
            }

            // A waiter cancelled while queued gives its turn to the next one.
            if (next.TrySetResult())
            {
                return;
            }
        }
    }
}
