using System.Collections.Concurrent;

namespace IncidentBot.Slack.Api;

/// <summary>
/// Web API methods Slack is rate-limiting now. Most of Slack's limits are per method, so a 429's <c>Retry-After</c>
/// holds back every call of that method, not only the one that met it: the others would only meet 429s of their own.
/// </summary>
public sealed class MethodPauses(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, long> _until = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _turns = new(StringComparer.Ordinal);

    /// <summary>
    /// Methods Slack allows about 20 calls a minute (Tier 2). They are called one at a time: calls side by side gain
    /// nothing against such a limit, and a call sent while another is meeting a 429 would go out before its
    /// <c>Retry-After</c>.
    /// </summary>
    private static readonly HashSet<string> OneAtATime = new(StringComparer.Ordinal)
    {
        "conversations.create", "conversations.list", "conversations.setTopic", "conversations.setPurpose",
        "conversations.archive", "pins.add", "bookmarks.add",
    };

    /// <summary>
    /// Waits for <paramref name="method"/>'s turn when it is called one at a time, then as <see cref="WaitAsync"/>;
    /// dispose the result when the call is over.
    /// </summary>
    public async Task<IDisposable?> TakeTurnAsync(string method, CancellationToken ct)
    {
        SemaphoreSlim? turn = null;
        if (OneAtATime.Contains(method))
        {
            turn = _turns.GetOrAdd(method, _ => new SemaphoreSlim(1, 1));
            while (!await turn.WaitAsync(LongestWait, ct).ConfigureAwait(false))
            {
                // The call ahead may be waiting out a long limit in place: this one is not held behind it.
                ThrowIfHeldLong(method);
            }
        }

        try
        {
            await WaitAsync(method, ct).ConfigureAwait(false);
            return turn is null ? null : new Turn(turn);
        }
        catch
        {
            turn?.Release();
            throw;
        }
    }

    /// <summary>How long calls of <paramref name="method"/> still have to wait; zero when they may go.</summary>
    public TimeSpan Remaining(string method) =>
        _until.TryGetValue(method, out var until) && until - time.GetUtcNow().ToUnixTimeMilliseconds() is > 0 and var left
            ? TimeSpan.FromMilliseconds(left)
            : TimeSpan.Zero;

    /// <summary>Holds back calls of <paramref name="method"/> for <paramref name="retryAfter"/>, or longer if already held.</summary>
    public void Pause(string method, TimeSpan retryAfter)
    {
        if (PerChannel(method))
        {
            return;
        }

        var until = time.GetUtcNow().Add(retryAfter).ToUnixTimeMilliseconds();
        _until.AddOrUpdate(method, until, (_, current) => Math.Max(current, until));
    }

    /// <summary>The longest pause a call waits out in place; a longer one fails it at once as rate-limited.</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Waits out a short pause of <paramref name="method"/>; for a longer one throws <c>ratelimited</c> at once, so a
    /// queue worker is not held (the queue tries the work again later) and an answer does not wait past its deadline.
    /// Methods Slack limits per channel (<see cref="PerChannel"/>) are never held back here.
    /// </summary>
    public async Task WaitAsync(string method, CancellationToken ct)
    {
        if (PerChannel(method))
        {
            return;
        }

        for (var wait = Remaining(method); wait > TimeSpan.Zero; wait = Remaining(method))
        {
            ThrowIfHeldLong(method);
            await Task.Delay(wait, time, ct).ConfigureAwait(false);
        }
    }

    private void ThrowIfHeldLong(string method)
    {
        if (Remaining(method) is var wait && wait > LongestWait)
        {
            throw new SlackApiException(method, "ratelimited",
                [$"held back: Slack is rate-limiting {method} for {wait.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s more"])
            {
                RetryAfter = wait,
            };
        }
    }

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }
        }
    }

    /// <summary>Methods whose limit is per channel (about a message a second), paced by <see cref="ChannelPacer"/> instead.</summary>
    public static bool PerChannel(string method) => method is "chat.postMessage" or "chat.postEphemeral";
}
