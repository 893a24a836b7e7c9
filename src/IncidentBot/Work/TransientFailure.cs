using IncidentBot.Slack.Api;

namespace IncidentBot.Work;

/// <summary>Which failures are worth retrying later: Slack overloaded or unreachable, not Slack saying no.</summary>
public static class TransientFailure
{
    /// <summary>Failures of Slack as a whole (down, slow, limiting), as against one call Slack could not do.</summary>
    private static readonly HashSet<string> OutageErrors = new(StringComparer.Ordinal)
    {
        "ratelimited", "rate_limited", "http_5xx", "timeout", "request_failed", "service_unavailable", "request_timeout",
    };

    /// <summary>Whether <paramref name="ex"/> says Slack itself is down, slow or limiting, which can last long but ends.</summary>
    public static bool IsOutage(Exception ex) => ex switch
    {
        SlackApiException s => OutageErrors.Contains(s.Error),
        HttpRequestException or TimeoutException or TaskCanceledException => true,
        _ => false,
    };

    /// <summary>
    /// An outage, or Slack failing this one call on its side (<c>internal_error</c>, <c>fatal_error</c>), or the bot's own
    /// stores failing for a moment: a database error the driver calls transient (a dropped connection, a PostgreSQL
    /// failover) or the scheduler's store unavailable (it stops before the queue does when the process stops).
    /// </summary>
    public static bool Is(Exception ex) =>
        IsOutage(ex) || ex is SlackApiException { Error: "internal_error" or "fatal_error" }
            or System.Data.Common.DbException { IsTransient: true } or Quartz.SchedulerException;

    /// <summary>Backoff for the queue: 2 s, 4 s, 8 s … capped at 5 minutes.</summary>
    public static TimeSpan Backoff(long attempts) =>
        TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Min(attempts, 10))));
}
