namespace IncidentBot.Slack.Messages;

/// <summary>Slack's error codes in plain words for the person who hit them.</summary>
public static class SlackErrors
{
    public static string Explain(string error) => error switch
    {
        "restricted_action" => "a workspace setting stops this app from creating channels. Ask a Slack admin to allow it.",
        "missing_scope" => "the app lacks a permission it needs. Reinstall it from slack-manifest.yml.",
        "not_in_channel" => "the bot is not in that channel. Invite it with /invite.",
        "channel_not_found" => "the channel no longer exists or the bot cannot see it.",
        "is_archived" => "the channel is archived.",
        "invalid_auth" or "not_authed" or "token_revoked" or "account_inactive" => "the bot's Slack token is not valid.",
        "name_taken" => "every channel name for this incident is taken.",
        "ratelimited" or "rate_limited" => "Slack is rate limiting the bot; it will keep trying.",
        _ => "Slack refused the request.",
    };
}
