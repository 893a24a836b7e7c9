namespace IncidentBot.Slack.Http;

/// <summary>
/// Counts the requests refused at the Slack edge (unsigned, stale, too large) and at the hooks (a wrong token, secret or
/// signature) and logs them as one line a minute,
/// only in a minute that had any: a stranger's flood of unsigned requests must not cost a log line each, but an
/// operator still sees that it happened, how much, and why.
/// </summary>
public sealed partial class RefusalTally(TimeProvider time, ILogger<RefusalTally> logger) : IHostedService, IDisposable
{
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private ITimer? _timer;

    /// <summary>Counts one refusal; <paramref name="reason"/> is a fixed name, never anything the request sent.</summary>
    public void Count(string reason)
    {
        lock (_gate)
        {
            _counts[reason] = _counts.GetValueOrDefault(reason) + 1;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = time.CreateTimer(_ => Flush(), null, Period, Period);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        Flush();
        return Task.CompletedTask;
    }

    /// <summary>Logs what was refused since the last line, if anything was, and starts counting afresh.</summary>
    public void Flush()
    {
        Dictionary<string, int> counts;
        lock (_gate)
        {
            if (_counts.Count == 0)
            {
                return;
            }

            (counts, _counts) = (_counts, new Dictionary<string, int>(StringComparer.Ordinal));
        }

        var reasons = string.Join(", ", counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => $"{kv.Key} {kv.Value}"));
        Refused(logger, counts.Values.Sum(), reasons);
    }

    public void Dispose() => _timer?.Dispose();

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning,
        Message = "Refused {RefusedCount} request(s) to the Slack endpoints and hooks since the last report ({Reasons})")]
    private static partial void Refused(ILogger logger, int refusedCount, string reasons);
}
