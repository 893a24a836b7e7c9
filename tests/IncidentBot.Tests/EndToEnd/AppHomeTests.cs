using System.Text.Json.Nodes;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>The App Home tab lists the open incidents the viewer may see.</summary>
[TestFixture]
public sealed class AppHomeTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private static JsonObject HomeOpened(string eventId, string user) => TimelineScenario.Envelope(eventId, new JsonObject
    {
        ["type"] = "app_home_opened", ["user"] = user, ["channel"] = "D0001", ["tab"] = "home",
    });

    [Test]
    public async Task HomeOpened_PublishesOpenIncidentsWorstFirstHidingOthersPrivateOnes()
    {
        await _bot.Requests.CommandAsync("declare sev2 Slow dashboards", user: "U1");
        await _bot.Requests.CommandAsync("declare sev0 Everything is down", user: "U1");
        await _bot.Requests.CommandAsync("declare sev1 --private Leaked credentials", user: "U1");
        await _bot.WaitForIdleAsync();

        await _bot.Requests.EventAsync(HomeOpened("EvHome1", "U2"));
        await _bot.WaitForIdleAsync();

        var home = MessageText.Of(JsonNode.Parse(_bot.Slack.State.HomeView("U2")!.Json)!["blocks"]!.ToJsonString());
        Assert.That(home, Does.Contain("Everything is down").And.Contain("Slow dashboards"));
        Assert.That(home.IndexOf("INC-2", StringComparison.Ordinal), Is.LessThan(home.IndexOf("INC-1", StringComparison.Ordinal)));
        Assert.That(home, Does.Not.Contain("Leaked credentials"));
    }

    [Test]
    public async Task HomeOpened_NothingOpen_SaysSoAndHowToDeclare()
    {
        await _bot.Requests.EventAsync(HomeOpened("EvHome2", "U3"));
        await _bot.WaitForIdleAsync();

        var home = MessageText.Of(JsonNode.Parse(_bot.Slack.State.HomeView("U3")!.Json)!["blocks"]!.ToJsonString());
        Assert.That(home, Does.Contain("No open incidents").And.Contain("/incident declare"));
    }
}
