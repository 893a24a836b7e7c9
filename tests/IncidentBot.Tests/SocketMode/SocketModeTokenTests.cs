using IncidentBot.Slack.SocketMode;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.SocketMode;

/// <summary>A Socket Mode app token Slack refuses: asked again at Tier 1's pace, not in a tight loop, and the bot is not ready.</summary>
[TestFixture]
public sealed class SocketModeTokenTests
{
    [Test]
    public async Task WrongAppToken_IsAskedAgainOnlyAfterTheRefusedTokenDelay()
    {
        var slack = await BotHarness.StartSlackAsync();
        await using var bot = await BotHarness.StartAsync(
            new Dictionary<string, string?> { ["SLACK_APP_TOKEN"] = "xapp-1-WRONG", ["SLACK_SIGNING_SECRET"] = null }, slack,
            services: s => s.AddSingleton(new SocketModeOptions
            {
                ReconnectBaseDelay = TimeSpan.FromMilliseconds(100), RefusedTokenDelay = TimeSpan.FromSeconds(2),
            }));

        await slack.WaitForAsync(s => s.CallsTo("apps.connections.open").Count >= 1, TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var early = slack.CallsTo("apps.connections.open").Count;
        await slack.WaitForAsync(s => s.CallsTo("apps.connections.open").Count >= 2, TimeSpan.FromSeconds(10));

        Assert.That(early, Is.EqualTo(1), "with a 100 ms backoff a plain retry would have asked several times by now");
        Assert.That(slack.CallsTo("apps.connections.open").Select(c => c.Error), Has.All.EqualTo("invalid_auth"));
        using var ready = await bot.Http.GetAsync("/readyz");
        Assert.That((int)ready.StatusCode, Is.EqualTo(503));
    }
}
