namespace IncidentBot.FakeSlack;

/// <summary>
/// Enforces <see cref="TierLimits"/> per method over a sliding minute, as Slack does per workspace and app: a call past
/// the limit is answered 429 with a <c>Retry-After</c> (whole seconds) that lasts until a call leaves the window. Calls
/// refused do not count against the limit. A call that arrives before the <c>Retry-After</c> its method was last given
/// is recorded as early (<see cref="Early"/>). Thread-safe.
/// </summary>
internal sealed class RateLimiter(TimeProvider time, bool enforce)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _admitted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _retryAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _limitedAt = new(StringComparer.Ordinal);
    private readonly List<EarlyCall> _early = [];

    /// <summary>The calls that came before their method's announced <c>Retry-After</c> had passed.</summary>
    public IReadOnlyList<EarlyCall> Early
    {
        get { lock (_gate) { return _early.ToArray(); } }
    }

    /// <summary>Null when the call may go ahead; otherwise the <c>Retry-After</c> seconds to answer with.</summary>
    public int? Admit(string method)
    {
        if (!enforce || TierLimits.For(method) is not { } limit)
        {
            return null;
        }

        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_retryAt.TryGetValue(method, out var retryAt) && now < retryAt)
            {
                _early.Add(new EarlyCall(method, now - _limitedAt[method], retryAt - now));
            }

            if (!_admitted.TryGetValue(method, out var calls))
            {
                calls = new Queue<DateTimeOffset>();
                _admitted[method] = calls;
            }

            while (calls.Count > 0 && calls.Peek() <= now - Window)
            {
                calls.Dequeue();
            }

            if (calls.Count < limit)
            {
                calls.Enqueue(now);
                return null;
            }

            var seconds = Math.Max(1, (int)Math.Ceiling((calls.Peek() + Window - now).TotalSeconds));
            _retryAt[method] = now.AddSeconds(seconds);
            _limitedAt[method] = now;
            return seconds;
        }
    }
}
