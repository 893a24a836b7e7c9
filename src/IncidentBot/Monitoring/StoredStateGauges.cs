using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using Prometheus;

namespace IncidentBot.Monitoring;

/// <summary>
/// Gauges of what the database holds, read when Prometheus scrapes: the Slack work queue (one indexed count) and open
/// incidents by severity key (one indexed count). A read that fails leaves the gauges at their last values and counts
/// the failure, so a scrape still answers.
/// </summary>
public sealed partial class StoredStateGauges
{
    public const string QueueItemsName = "incidentbot_work_queue_items";
    public const string QueueOldestName = "incidentbot_work_queue_oldest_age_seconds";
    public const string OpenIncidentsName = "incidentbot_open_incidents";
    public const string ReadFailuresName = "incidentbot_metrics_read_failures_total";

    /// <summary>The longest a scrape waits for the database before answering with the last values.</summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(2);

    private readonly OutboxStore _outbox;
    private readonly IncidentStore _incidents;
    private readonly TimeProvider _time;
    private readonly ILogger<StoredStateGauges> _logger;
    private readonly Gauge _queueItems;
    private readonly Gauge _queueOldest;
    private readonly Gauge _open;
    private readonly Counter _readFailures;
    private readonly HashSet<string> _severities;
    private readonly Lock _gate = new();

    public StoredStateGauges(IMetricFactory factory, OutboxStore outbox, IncidentStore incidents, SeverityLadder ladder, TimeProvider time,
        ILogger<StoredStateGauges> logger)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(ladder);
        (_outbox, _incidents, _time, _logger) = (outbox, incidents, time, logger);
        _queueItems = factory.CreateGauge(QueueItemsName, "Queued Slack work, by state: pending (waiting its turn or its time) or running.", ["state"]);
        _queueOldest = factory.CreateGauge(QueueOldestName, "Age of the oldest pending or running Slack work, in seconds; 0 when the queue is empty.");
        _open = factory.CreateGauge(OpenIncidentsName, "Incidents not resolved, by severity key.", ["severity"]);
        _readFailures = factory.CreateCounter(ReadFailuresName, "Scrapes whose database reads failed or took too long; the database gauges kept their last values.");
        _severities = ladder.All.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Reads the queue and the open incidents into the gauges; never throws, except when the scrape is abandoned.</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ReadTimeout);
        try
        {
            var depth = await _outbox.DepthAsync(timeout.Token);
            var open = await _incidents.CountOpenBySeverityAsync(timeout.Token);
            Set(depth, open);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            _readFailures.Inc();
            ReadFailed(_logger, ex.GetType().Name);
        }
    }

    private void Set(QueueDepth depth, IReadOnlyDictionary<string, long> open)
    {
        _queueItems.WithLabels("pending").Set(depth.Pending);
        _queueItems.WithLabels("running").Set(depth.Running);
        var oldest = depth.OldestQueuedAt is { } at ? _time.GetUtcNow() - at : TimeSpan.Zero;
        _queueOldest.Set(Math.Max(0, oldest.TotalSeconds));
        lock (_gate)
        {
            // Every key ever shown stays, at 0 once its incidents are resolved, so a series ends at 0 instead of vanishing.
            _severities.UnionWith(open.Keys);
            foreach (var key in _severities)
            {
                _open.WithLabels(key).Set(open.GetValueOrDefault(key));
            }
        }
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Warning,
        Message = "Metrics scrape could not read the database ({Failure}); the queue and incident gauges keep their last values")]
    private static partial void ReadFailed(ILogger logger, string failure);
}
