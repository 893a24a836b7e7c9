using System.Net;
using IncidentBot.Slack.Api;

namespace IncidentBot.Monitoring;

/// <summary>
/// The outcome label of one HTTP request to Slack: a fixed word, never Slack's error text itself, so a Slack (or a server
/// at <c>SLACK_API_URL</c>) answering with made-up errors cannot mint labels.
/// </summary>
public static class SlackCallOutcome
{
    /// <summary><c>ok: true</c>, or a 2xx from a <c>response_url</c>.</summary>
    public const string Ok = "ok";

    /// <summary>HTTP 429, or <c>ok: false</c> with <c>ratelimited</c>.</summary>
    public const string RateLimited = "ratelimited";

    /// <summary>A definite refusal (<c>channel_not_found</c>, <c>name_taken</c>, …): Slack did nothing.</summary>
    public const string SlackError = "slack_error";

    /// <summary>Slack refused the token itself (<c>invalid_auth</c>, <c>token_revoked</c>, <c>missing_scope</c>, …).</summary>
    public const string AuthError = "auth_error";

    /// <summary><c>internal_error</c> or <c>fatal_error</c>: Slack failed, and may have done part of what was asked.</summary>
    public const string SlackInternalError = "slack_internal_error";

    /// <summary>A 2xx whose body was not Slack's JSON.</summary>
    public const string InvalidResponse = "invalid_response";

    public const string Http5xx = "http_5xx";

    /// <summary>Any other non-2xx status (a <c>response_url</c> that expired answers 404, say).</summary>
    public const string Http4xx = "http_4xx";

    /// <summary>No answer within the attempt's time.</summary>
    public const string Timeout = "timeout";

    /// <summary>No answer: the connection could not be made or was dropped.</summary>
    public const string RequestFailed = "request_failed";

    /// <summary>The bot stopped waiting because it is shutting down.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>The outcome of an <c>ok: false</c> answer with Slack's <paramref name="error"/>.</summary>
    public static string ForError(string error) => error switch
    {
        "ratelimited" => RateLimited,
        "internal_error" or "fatal_error" => SlackInternalError,
        "invalid_response" => InvalidResponse,
        _ when SlackApiException.IsTokenError(error) => AuthError,
        _ => SlackError,
    };

    public static string ForStatus(HttpStatusCode status) => (int)status switch
    {
        429 => RateLimited,
        >= 500 => Http5xx,
        >= 200 and < 300 => Ok,
        _ => Http4xx,
    };

    /// <summary>The outcome of a request that got no answer; <paramref name="callerGaveUp"/> when the bot itself cancelled it.</summary>
    public static string ForException(Exception exception, bool callerGaveUp) => exception switch
    {
        OperationCanceledException when callerGaveUp => Cancelled,
        OperationCanceledException => Timeout,
        _ => RequestFailed,
    };
}
