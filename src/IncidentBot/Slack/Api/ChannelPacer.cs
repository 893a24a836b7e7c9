using System.Collections.Concurrent;

namespace IncidentBot.Slack.Api;

/// <summary>
/// Per-channel token bucket for <c>chat.postMessage</c>: Slack allows about one message per second
/// per channel with short bursts. Callers to one channel queue behind each other; other channels are unaffected.
/// A channel quiet for <see cref="IdleAfter"/>, with its bucket full again and no turns given out, is forgotten: a bucket
/// made for it afresh is the same, and a bot that has run for a year has posted in thousands of channels.
/// </summary>
public sealed class ChannelPacer
{
    public static readonly TimeSpan IdleAfter = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private long _lastForget;
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
        _lastForget = time.GetTimestamp();
    }

    /// <summary>Channels with a bucket kept.</summary>
    internal int ChannelCount => _buckets.Count;

    /// <summary>Waits until the channel may receive another message, then takes its slot.</summary>
    public async Task WaitAsync(string channel, CancellationToken ct = default)
    {
        var bucket = BucketFor(channel);
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

    /// <summary>
    /// For work that would rather step aside than hold a worker while a channel is busy: zero when the post identified by
    /// <paramref name="ticket"/> may go now (waiting at most <paramref name="longestWait"/> in <see cref="WaitAsync"/>);
    /// otherwise how long to come back after. Each post sent away gets its own turn, one interval after the one before,
    /// and keeps it when it asks again, so a backlog of deferred posts drains one by one instead of all waking at once.
    /// </summary>
    public TimeSpan Admit(string channel, string ticket, TimeSpan longestWait)
    {
        return BucketFor(channel).Admit(ticket, longestWait, _burst, _interval, _time);
    }

    private Bucket BucketFor(string channel)
    {
        ForgetIdleChannels();
        return _buckets.GetOrAdd(channel, _ => new Bucket(_burst, _time.GetTimestamp()));
    }

    /// <summary>At most once per <see cref="IdleAfter"/>, drops the buckets of channels idle that long.</summary>
    private void ForgetIdleChannels()
    {
        var now = _time.GetTimestamp();
        var last = Interlocked.Read(ref _lastForget);
        if (_time.GetElapsedTime(last, now) < IdleAfter || Interlocked.CompareExchange(ref _lastForget, now, last) != last)
        {
            return;
        }

        foreach (var entry in _buckets)
        {
            if (entry.Value.IsIdle(_burst, _interval, _time, IdleAfter))
            {
                // Only that bucket: one made for the channel since is kept.
                _buckets.TryRemove(entry);
            }
        }
    }

    private sealed class Bucket(int tokens, long lastRefill)
    {
        // A turn not taken this long after it came (its work failed, or the process that deferred it was replaced) is
        // given up, so the line does not grow with posts that will never ask again.
        private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(1);
        private readonly Lock _gate = new();
        private readonly Dictionary<string, long> _turns = new(StringComparer.Ordinal);
        private double _tokens = tokens;
        private long _lastRefill = lastRefill;
        private long _lastSweep = lastRefill;
        private long _lastUsed = lastRefill;

        public TimeSpan Admit(string ticket, TimeSpan longestWait, int burst, TimeSpan interval, TimeProvider time)
        {
            lock (_gate)
            {
                Refill(burst, interval, time);
                var now = time.GetTimestamp();
                _lastUsed = now;
                Sweep(now, time);
                if (_turns.TryGetValue(ticket, out var turn))
                {
                    var left = time.GetElapsedTime(now, turn);
                    if (left > longestWait)
                    {
                        return left;
                    }

                    _turns.Remove(ticket);
                    return TimeSpan.Zero;
                }

                var wait = Deficit(interval) + (interval * _turns.Count);
                if (wait <= longestWait)
                {
                    return TimeSpan.Zero;
                }

                _turns[ticket] = now + (long)(wait.TotalSeconds * time.TimestampFrequency);
                return wait;
            }
        }

        /// <summary>Full again, with no turns given out (abandoned ones let go), and no post for <paramref name="idleAfter"/>.</summary>
        public bool IsIdle(int burst, TimeSpan interval, TimeProvider time, TimeSpan idleAfter)
        {
            lock (_gate)
            {
                var now = time.GetTimestamp();
                Refill(burst, interval, time);
                Sweep(now, time);
                return time.GetElapsedTime(_lastUsed, now) >= idleAfter && _tokens >= burst && _turns.Count == 0;
            }
        }

        private void Sweep(long now, TimeProvider time)
        {
            if (_turns.Count == 0 || time.GetElapsedTime(_lastSweep, now) < AbandonedAfter)
            {
                return;
            }

            _lastSweep = now;
            foreach (var (ticket, turn) in _turns.ToList())
            {
                if (time.GetElapsedTime(turn, now) > AbandonedAfter)
                {
                    _turns.Remove(ticket);
                }
            }
        }

        private TimeSpan Deficit(TimeSpan interval) => _tokens >= 1 ? TimeSpan.Zero : interval * (1 - _tokens);

        // Tokens may go negative: each negative token is a reservation further in the future.
        public TimeSpan Reserve(int burst, TimeSpan interval, TimeProvider time)
        {
            lock (_gate)
            {
                Refill(burst, interval, time);
                _lastUsed = time.GetTimestamp();
                _tokens -= 1;
                return _tokens >= 0 ? TimeSpan.Zero : interval * -_tokens;
            }
        }

        public TimeSpan Peek(int burst, TimeSpan interval, TimeProvider time)
        {
            lock (_gate)
            {
                Refill(burst, interval, time);
                return Deficit(interval);
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
