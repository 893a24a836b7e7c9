using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.SocketMode;

/// <summary>Socket Mode's connection life: readiness, refreshes, drops and Slack turning Socket Mode off.</summary>
[TestFixture]
public sealed class SocketModeConnectionTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await SocketModeBot.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Readiness_WhenSocketConnected_IsUpAndSlackHttpEndpointsAreNotMapped()
    {
        await Eventually.TrueAsync(async () => await StatusAsync("/readyz") == 200, Wait, "/readyz to answer 200");

        Assert.That(await StatusAsync("/healthz"), Is.EqualTo(200));
        foreach (var path in new[] { "/slack/commands", "/slack/interactions", "/slack/events" })
        {
            var answer = await _bot.Requests.PostAsync(path, "{}", "application/json");
            Assert.That(answer.Status, Is.EqualTo(404), path);
        }
    }

    [Test]
    public async Task RefreshRequested_MidIncident_OpensNewConnectionBeforeClosingOldAndCommandsKeepWorking()
    {
        await SocketModeScenario.DeclareAsync(_bot, "Payments failing");

        await _bot.Slack.SocketMode.RequestRefreshAsync();
        await SocketModeScenario.DeclareAsync(_bot, "Emails delayed");

        var history = _bot.Slack.SocketMode.History.ToList();
        var opened = history.FindIndex(e => e is { ConnectionId: 2, What: SocketEvent.Opened });
        var closed = history.FindIndex(e => e.ConnectionId == 1 && e.What != SocketEvent.Opened);
        Assert.That(opened, Is.GreaterThanOrEqualTo(0).And.LessThan(closed), string.Join(", ", history));
        Assert.That(history[closed].What, Is.EqualTo(SocketEvent.ClosedByClient), "the bot closes the old connection itself");
        Assert.That(_bot.Slack.SocketMode.ConnectionsOpened, Is.EqualTo(2));
        await _bot.WaitForIdleAsync();
        SocketModeScenario.AssertDeclaredOnce(_bot.Slack, "Payments failing", "Emails delayed");
    }

    [Test]
    public async Task Dropped_MidIncident_ReconnectsAndNothingIsLostOrDoubled()
    {
        await SocketModeScenario.DeclareAsync(_bot, "API latency");

        await _bot.Slack.SocketMode.DropAllAsync();
        await Eventually.TrueAsync(async () => await StatusAsync("/readyz") == 503 || _bot.Slack.SocketMode.ConnectionCount == 1,
            Wait, "the bot to notice the drop or reconnect");
        await _bot.Slack.WaitForAsync(s => s.SocketMode.ConnectionCount == 1, Wait);
        await SocketModeScenario.DeclareAsync(_bot, "Disk full");

        Assert.That(_bot.Slack.SocketMode.ConnectionsOpened, Is.EqualTo(2));
        await _bot.WaitForIdleAsync();
        SocketModeScenario.AssertDeclaredOnce(_bot.Slack, "API latency", "Disk full");
        await Eventually.TrueAsync(async () => await StatusAsync("/readyz") == 200, Wait, "/readyz to recover");
    }

    [Test]
    public async Task LinkDisabled_StopsReconnectingAndReadinessFails()
    {
        await _bot.Slack.SocketMode.DisableLinkAsync();

        await Eventually.TrueAsync(async () => await StatusAsync("/readyz") == 503, Wait, "/readyz to answer 503");
        await Task.Delay(TimeSpan.FromSeconds(2)); // several reconnect backoffs' worth
        Assert.That(_bot.Slack.SocketMode.ConnectionsOpened, Is.EqualTo(1));
        Assert.That(_bot.Slack.SocketMode.ConnectionCount, Is.Zero);
        Assert.That(await StatusAsync("/healthz"), Is.EqualTo(200), "the process stays up");
    }

    private async Task<int> StatusAsync(string path)
    {
        using var response = await _bot.Http.GetAsync(path);
        return (int)response.StatusCode;
    }
}
