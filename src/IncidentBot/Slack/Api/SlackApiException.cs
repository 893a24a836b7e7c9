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

    /// <summary>Whether Slack refused the token itself (wrong, revoked, of the wrong kind or lacking the scope), not the moment.</summary>
    public bool RefusesToken => TokenErrors.Contains(Error);

    private static readonly HashSet<string> TokenErrors = new(StringComparer.Ordinal)
    {
        "invalid_auth", "not_authed", "not_allowed_token_type", "token_revoked", "token_expired", "account_inactive",
        "team_access_not_granted", "missing_scope",
    };
}
