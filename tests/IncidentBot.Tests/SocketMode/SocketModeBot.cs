using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.SocketMode;

/// <summary>Starts the real host in Socket Mode (app token set, no signing secret) against a fake Slack.</summary>
internal static class SocketModeBot
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Returns once the bot holds one Socket Mode connection to the fake.</summary>
    public static async Task<BotHarness> StartAsync()
    {
        var slack = await BotHarness.StartSlackAsync();
        var bot = await BotHarness.StartAsync(
            new Dictionary<string, string?> { ["SLACK_APP_TOKEN"] = slack.AppToken, ["SLACK_SIGNING_SECRET"] = null }, slack);
        await slack.WaitForAsync(s => s.SocketMode.ConnectionCount == 1, ConnectTimeout);
        return bot;
    }
}
