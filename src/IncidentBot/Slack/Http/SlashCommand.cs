namespace IncidentBot.Slack.Http;

/// <summary>A <c>/incident</c> invocation as Slack sends it (form fields over HTTP, a JSON object over Socket Mode).</summary>
public sealed record SlashCommand(
    string Command,
    string Text,
    string UserId,
    string ChannelId,
    string? TeamId,
    string? TriggerId,
    string? ResponseUrl)
{
    /// <summary>Builds the command from its fields; null when a field Slack always sends is missing.</summary>
    public static SlashCommand? From(IReadOnlyDictionary<string, string> fields)
    {
        string? Get(string key) => fields.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
        if (Get("user_id") is not { } user || Get("channel_id") is not { } channel)
        {
            return null;
        }

        return new SlashCommand(Get("command") ?? "/incident", Get("text") ?? "", user, channel,
            Get("team_id"), Get("trigger_id"), Get("response_url"));
    }
}
