using System.Collections.Concurrent;

namespace IncidentBot.Slack.Api;

/// <summary>
/// Web API methods Slack is rate-limiting now. Slack's limits are per method, so a 429's <c>Retry-After</c> holds back
/// every call of that method, not only the one that met it: the others would only meet 429s of their own.
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
        var until = time.GetUtcNow().Add(retryAfter).ToUnixTimeMilliseconds();
        _until.AddOrUpdate(method, until, (_, current) => Math.Max(current, until));
    }

    /// <summary>Waits out a pause of <paramref name="method"/>, if there is one.</summary>
    public async Task WaitAsync(string method, CancellationToken ct)
    {
        for (var wait = Remaining(method); wait > TimeSpan.Zero; wait = Remaining(method))
        {
            await Task.Delay(wait, time, ct).ConfigureAwait(false);
        }
    }
}
