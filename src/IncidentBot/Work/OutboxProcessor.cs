using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Monitoring;
using IncidentBot.Slack.Api;

namespace IncidentBot.Work;

/// <summary>
/// Runs queued Slack work: several incidents at once, each incident's work in order, on the low-priority
/// <see cref="FollowUpThreads"/>. Work is claimed under this process's lease, renewed while it runs: work that was running
/// when the process died is run again at start on SQLite, and by any replica once its lease runs out on PostgreSQL (the
/// effect ledger keeps each Slack side effect it had made from being made again); work Slack is
/// rate-limiting waits the <c>Retry-After</c> Slack announced; other transient Slack failures are retried with backoff
/// (capped at 5 minutes), through a Slack outage for up to a day; Slack refusals fail the item.
/// </summary>
public sealed class OutboxProcessor(
    OutboxStore outbox,
    IEnumerable<IWorkHandler> handlers,
    WorkSignal signal,
    ForegroundActivity foreground,
    FollowUpThreads threads,
    TimeProvider time,
    WorkMetrics metrics,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxProcessor> logger) : BackgroundService
{
    public const int MaxConcurrent = 8;
    public const int MaxConcurrentWhileAnswering = 2;

    /// <summary>
    /// How long work meeting a Slack outage (Slack down, slow or rate-limiting) is retried before it is given up: long
    /// enough to outlast any outage, so nothing told to the bot during one is lost.
    /// </summary>
    public static readonly TimeSpan RetryTransientFor = TimeSpan.FromDays(1);

    /// <summary>
    /// How often work is tried that fails transiently while Slack is up (<c>internal_error</c> on this one call, say):
    /// it holds up the incident's later work, so it is given up after about an hour of backoff.
    /// </summary>
    public const int MaxAttempts = 20;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    public const int GiveWayFactor = 3;
    public static readonly TimeSpan LongestGiveWay = TimeSpan.FromMilliseconds(60);
    private readonly Dictionary<string, IWorkHandler> _handlers = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(MaxConcurrent, MaxConcurrent);

    /// <summary>
    /// The loop's own claims and requeues are background work too: each is a write transaction, and one run while Slack
    /// is waiting on an answer must not go ahead of the answer's write.
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => BackgroundWork.RunAsync(async () =>
    {
        await Task.WhenAll(RunLoopAsync(stoppingToken), RenewLeaseAsync(stoppingToken));

        // Stopping (a deploy): work cut off here is due again at once, for this process after its restart or for
        // another replica, instead of when its lease would have run out.
        try
        {
            var released = await outbox.ReleaseAsync(CancellationToken.None);
            if (released > 0)
            {
                logger.LogInformation("Released {ItemCount} Slack work items cut off by stopping", released);
            }
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException or ObjectDisposedException)
        {
            logger.LogWarning("Releasing work at stop failed ({Problem}); it is taken over when its lease runs out", ex.Message);
        }
    });

    /// <summary>Keeps this process's claims on the work it runs alive, several times per lease.</summary>
    private async Task RenewLeaseAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(outbox.Lease.RenewEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (_slots.CurrentCount == MaxConcurrent)
                {
                    continue;
                }

                try
                {
                    await outbox.RenewLeaseAsync(time.GetUtcNow(), stoppingToken);
                }
                catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException)
                {
                    logger.LogWarning("Renewing the work lease failed: {Problem}", ex.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task RunLoopAsync(CancellationToken stoppingToken)
    {
        var requeued = await outbox.RequeueRunningAsync(stoppingToken);
        if (requeued > 0)
        {
            logger.LogInformation("Resuming {ItemCount} Slack work items interrupted by a restart", requeued);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = foreground.IsBusy;
            var limits = Limits(MaxConcurrent - _slots.CurrentCount, busy);
            var items = limits.Max == 0 ? [] : await outbox.ClaimDueAsync(time.GetUtcNow(), limits, stoppingToken);
            foreach (var item in items)
            {
                await _slots.WaitAsync(stoppingToken);
                _ = threads.RunAsync(() => BackgroundWork.RunAsync(() => RunAsync(item, stoppingToken)));
            }

            if (items.Count == 0)
            {
                // Held back only while answering: look again when the answers may have stopped. Otherwise nothing is due
                // yet; new work and freed slots signal, and work deferred to a later time is found at the next poll.
                await WaitQuietlyAsync(busy && limits.Max == 0 ? ForegroundActivity.Linger : Poll, stoppingToken);
            }
        }
    }

    /// <summary>
    /// What the next claim may take with <paramref name="running"/> items under way. Setting up a declared incident
    /// (channel, brief, pin) is what the declarer is waiting on, so it is claimed before other work, and while Slack is
    /// waiting on answers it may take one slot more than other work may: it does not queue behind the last incident's
    /// follow-up for a narrow slot.
    /// </summary>
    internal static ClaimLimits Limits(int running, bool answering)
    {
        if (!answering)
        {
            var free = MaxConcurrent - running;
            return new ClaimLimits(free, free, SetUpFirst: true);
        }

        return new ClaimLimits(
            Math.Max(0, MaxConcurrentWhileAnswering + 1 - running),
            Math.Max(0, MaxConcurrentWhileAnswering - running),
            SetUpFirst: true);
    }

    private async Task WaitQuietlyAsync(TimeSpan poll, CancellationToken ct)
    {
        try
        {
            await signal.WaitAsync(poll, ct);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task RunAsync(OutboxItem item, CancellationToken ct)
    {
        try
        {
            var started = time.GetTimestamp();
            await ExecuteItemAsync(item, ct);
            await GiveWayAsync(time.GetElapsedTime(started), ct);
        }
        catch (Exception) when (Stopping(ct))
        {
            // Left 'running': released as the process stops, or taken over when its lease runs out. This also ends the
            // pause after a finished item, and a queue write that met the stop.
        }
        finally
        {
            _slots.Release();
            signal.Notify();
        }
    }

    /// <summary>
    /// While Slack is waiting on answers, each narrow worker is idle three times as long as it was busy: after each item it
    /// pauses <see cref="GiveWayFactor"/> times as long as the item took, up to <see cref="LongestGiveWay"/> (an item
    /// waiting on Slack's network round trips used no CPU for most of its time, and is not held back longer). Two
    /// narrow workers busy with short CPU-bound items so take about half a core between answers.
    /// </summary>
    private async Task GiveWayAsync(TimeSpan took, CancellationToken ct)
    {
        if (foreground.IsBusy)
        {
            var pause = took * GiveWayFactor;
            await Task.Delay(pause < LongestGiveWay ? pause : LongestGiveWay, time, ct);
        }
    }

    /// <summary>
    /// Whether the process is stopping: its other services (the scheduler, the database's pools) are being shut down as
    /// soon as the application stops, before the work's own token is cancelled.
    /// </summary>
    private bool Stopping(CancellationToken ct) => ct.IsCancellationRequested || lifetime.ApplicationStopping.IsCancellationRequested;

    private bool WorthRetrying(OutboxItem item, Exception ex) => TransientFailure.IsOutage(ex)
        ? time.GetUtcNow() - UnixTime.FromUnixMs(item.CreatedAt) < RetryTransientFor
        : item.Attempts < MaxAttempts;

    private async Task ExecuteItemAsync(OutboxItem item, CancellationToken ct)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["WorkItem"] = item.Id, ["IncidentId"] = WorkKinds.IncidentOf(item.IncidentId) });
        if (!_handlers.TryGetValue(item.Kind, out var handler))
        {
            await outbox.FailAsync(item.Id, $"no handler for {item.Kind}", CancellationToken.None);
            metrics.Ran(WorkMetrics.UnknownKind, WorkMetrics.Failed);
            return;
        }

        try
        {
            await handler.HandleAsync(item, ct);
            await outbox.CompleteAsync(item.Id, CancellationToken.None);
            metrics.Ran(item.Kind, WorkMetrics.Done);
        }
        catch (WorkDeferredException deferred) when (!Stopping(ct))
        {
            await outbox.DeferAsync(item.Id, time.GetUtcNow() + deferred.Delay, CancellationToken.None);
            metrics.Ran(item.Kind, WorkMetrics.Deferred);
        }
        catch (SlackApiException ex) when (!Stopping(ct) && ex.RetryAfter > TimeSpan.Zero && WorthRetrying(item, ex))
        {
            // Slack said when the method may be called again: the work waits exactly that long, once, without counting
            // it as a failed attempt. Work put back to the same time is taken again in the order it was queued.
            logger.LogInformation("Work {WorkKind} waits {Delay} for Slack's limit on {SlackMethod}", item.Kind, ex.RetryAfter, ex.Method);
            await outbox.DeferAsync(item.Id, time.GetUtcNow() + ex.RetryAfter!.Value, CancellationToken.None);
            metrics.Ran(item.Kind, WorkMetrics.Deferred);
        }
        catch (Exception ex) when (!Stopping(ct) && TransientFailure.Is(ex) && WorthRetrying(item, ex))
        {
            var delay = TransientFailure.Backoff(item.Attempts);
            logger.LogWarning("Work {WorkKind} hit a transient failure ({Failure}); retrying in {Delay}", item.Kind, ex.Message, delay);
            await outbox.RetryLaterAsync(item.Id, time.GetUtcNow() + delay, ex.Message, CancellationToken.None);
            metrics.Ran(item.Kind, WorkMetrics.Retried);
        }
        catch (Exception ex) when (!Stopping(ct))
        {
            logger.LogError(ex, "Work {WorkKind} failed for good", item.Kind);
            await outbox.FailAsync(item.Id, ex.Message, CancellationToken.None);
            metrics.Ran(item.Kind, WorkMetrics.Failed);
        }
        catch (Exception ex) when (Stopping(ct))
        {
            // What failed while stopping (the scheduler or a connection already shut down) is not the work's fault, so it
            // is neither retried nor given up; the item is left 'running' for after the restart.
            metrics.Ran(item.Kind, WorkMetrics.Interrupted);
            if (ex is not OperationCanceledException)
            {
                logger.LogInformation("Work {WorkKind} was cut off by stopping ({Problem}); it runs again after the restart", item.Kind, ex.GetType().Name);
            }
        }
    }
}
