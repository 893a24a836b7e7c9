namespace IncidentBot.Slack.Api;

/// <summary>
/// The one exception type callers see from <see cref="ISlackApi"/>: a Slack <c>ok:false</c> error,
/// or a transport failure once retries are spent (<c>ratelimited</c>, <c>http_5xx</c>, <c>timeout</c>).
/// </summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException(string method, string error, IReadOnlyList<string>? messages = null, Exception? innerException = null)
        : base($"Slack API {method} failed: {error}", innerException)
    {
        Method = method;
        Error = error;
        Messages = messages ?? [];
    }

    public string Method { get; }

    public string Error { get; }

    /// <summary>Details from <c>response_metadata.messages</c>, if Slack sent any.</summary>
    public IReadOnlyList<string> Messages { get; }

    /// <summary>For <c>ratelimited</c>: how long Slack asked calls of the method to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// Whether Slack may have done what the call asked although the caller never heard so: no answer came (a timeout, a
    /// dropped connection), the answer was a server error or unreadable, or Slack said the call may have partly happened
    /// (<c>internal_error</c>, <c>fatal_error</c>). Any other error is a definite answer: nothing was done.
    /// </summary>
    public bool OutcomeUnknown => UnknownOutcomeErrors.Contains(Error);

    private static readonly HashSet<string> UnknownOutcomeErrors = new(StringComparer.Ordinal)
    {
        "timeout", "request_failed", "http_5xx", "invalid_response", "internal_error", "fatal_error",
    };

    /// <summary>Whether Slack refused the token itself (wrong, revoked, of the wrong kind or lacking the scope), not the moment.</summary>
    public bool RefusesToken => IsTokenError(Error);

    /// <summary>Whether <paramref name="error"/> is one of Slack's refusals of the token itself.</summary>
    public static bool IsTokenError(string error) => TokenErrors.Contains(error);

    private static readonly HashSet<string> TokenErrors = new(StringComparer.Ordinal)
    {
        "invalid_auth", "not_authed", "not_allowed_token_type", "token_revoked", "token_expired", "account_inactive",
        "team_access_not_granted", "missing_scope",
    };
}
