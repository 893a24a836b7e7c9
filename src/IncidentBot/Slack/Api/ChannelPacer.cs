using System.Collections.Concurrent;

namespace IncidentBot.Slack.Api;

/// <summary>
/// Per-channel token bucket for <c>chat.postMessage</c>: Slack allows about one message per second
/// per channel with short bursts. Callers to one channel queue behind each other; other channels are unaffected.
/// </summary>
public sealed class ChannelPacer
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly int _burst;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;

    public ChannelPacer(int burst, TimeSpan interval, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _burst = burst;
        _interval = interval;
        _time = time;
    }

    /// <summary>Waits until the channel may receive another message, then takes its slot.</summary>
    public async Task WaitAsync(string channel, CancellationToken ct = default)
    {
        var bucket = _buckets.GetOrAdd(channel, _ => new Bucket(_burst, _time.GetTimestamp()));
        var delay = bucket.Reserve(_burst, _interval, _time);
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Task.Delay(delay, _time, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            bucket.Refund(_burst);
            throw;
        }
    }

    /// <summary>How long a call made now would wait; for diagnostics and tests.</summary>
    public TimeSpan PeekDelay(string channel) =>
        _buckets.TryGetValue(channel, out var bucket) ? bucket.Peek(_burst, _interval, _time) : TimeSpan.Zero;

    private sealed class Bucket(int tokens, long lastRefill)
    {
        private readonly Lock _gate = new();
        private double _tokens = tokens;
        private long _lastRefill = lastRefill;

        // Tokens may go negative: each negative token is a reservation further in the future.
        public TimeSpan Reserve(int burst, TimeSpan interval, TimeProvider time)
        {
            lock (_gate)
            {
                Refill(burst, interval, time);
                _tokens -= 1;
                return _tokens >= 0 ? TimeSpan.Zero : interval * -_tokens;
            }
        }

        public TimeSpan Peek(int burst, TimeSpan interval, TimeProvider time)
        {
            lock (_gate)
            {
                Refill(burst, interval, time);
                return _tokens >= 1 ? TimeSpan.Zero : interval * (1 - _tokens);
            }
        }

        public void Refund(int burst)
        {
            lock (_gate)
            {
                _tokens = Math.Min(burst, _tokens + 1);
            }
        }

        private void Refill(int burst, TimeSpan interval, TimeProvider time)
        {
            var now = time.GetTimestamp();
            var elapsed = time.GetElapsedTime(_lastRefill, now);
            _lastRefill = now;
            _tokens = Math.Min(burst, _tokens + (elapsed / interval));
        }
    }
}
