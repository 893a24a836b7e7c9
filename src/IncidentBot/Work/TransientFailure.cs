using IncidentBot.Slack.Api;

namespace IncidentBot.Work;

/// <summary>Which failures are worth retrying later: Slack overloaded or unreachable, not Slack saying no.</summary>
public static class TransientFailure
{
    private static readonly HashSet<string> TransientErrors = new(StringComparer.Ordinal)
    {
        "ratelimited", "rate_limited", "http_5xx", "timeout", "request_failed", "internal_error", "fatal_error", "service_unavailable", "request_timeout",
    };

    public static bool Is(Exception ex) => ex switch
    {
        SlackApiException s => TransientErrors.Contains(s.Error),
        HttpRequestException or TimeoutException => true,
        TaskCanceledException => true,
        _ => false,
    };

    /// <summary>Backoff for the queue: 2 s, 4 s, 8 s … capped at 5 minutes.</summary>
    public static TimeSpan Backoff(long attempts) =>
        TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Min(attempts, 10))));
}
