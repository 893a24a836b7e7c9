using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>Slack's error codes in plain words for the person who hit them; the code itself stays as Slack sent it.</summary>
public static class SlackErrors
{
    public static string Explain(Words words, string error) => words[error switch
    {
        "restricted_action" or "missing_scope" or "not_in_channel" or "channel_not_found" or "is_archived" or "name_taken" => $"slack_error.{error}",
        "invalid_auth" or "not_authed" or "token_revoked" or "account_inactive" => "slack_error.invalid_auth",
        "ratelimited" or "rate_limited" => "slack_error.ratelimited",
        _ => "slack_error.other",
    }];
}
