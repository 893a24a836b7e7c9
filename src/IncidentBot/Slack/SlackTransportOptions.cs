namespace IncidentBot.Slack;

/// <summary>
/// How Slack's requests reach the bot: HTTP endpoints (the default) or Socket Mode, chosen by whether
/// <c>SLACK_APP_TOKEN</c> is set.
/// </summary>
public sealed record SlackTransportOptions(bool SocketMode)
{
    public static SlackTransportOptions From(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new SlackTransportOptions(!string.IsNullOrWhiteSpace(config["SLACK_APP_TOKEN"]));
    }
}
