using System.Collections.Concurrent;

namespace IncidentBot.Slack.Api;

/// <summary>
/// Web API methods Slack is rate-limiting now. Most of Slack's limits are per method, so a 429's <c>Retry-After</c>
/// holds back every call of that method, not only the one that met it: the others would only meet 429s of their own.
/// </summary>
public sealed class MethodPauses(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, long> _until = new(StringComparer.Ordinal);

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
            if (wait > LongestWait)
            {
                throw new SlackApiException(method, "ratelimited",
                    [$"held back: Slack is rate-limiting {method} for {wait.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s more"])
                {
                    RetryAfter = wait,
                };
            }

            await Task.Delay(wait, time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Methods whose limit is per channel (about a message a second), paced by <see cref="ChannelPacer"/> instead.</summary>
    public static bool PerChannel(string method) => method is "chat.postMessage" or "chat.postEphemeral";
}
