using System.Text.Json.Nodes;
using IncidentBot.Tests.Slack.Messages;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// A member types whole-channel and user-group mentions and a disguised link into titles, updates, notes and forms:
/// nothing the bot sends to Slack (any Web API call, any answer, any response_url post) pings more than the people named.
/// </summary>
[TestFixture]
public sealed class MentionTests
{
    private const string Title = "<!here> checkout <!subteam^S1|@oncall> <https://evil.example|Grafana>";
    private BotHarness _bot = null!;
    private CadenceDriver _driver = null!;
    private readonly List<SlackAnswer> _answers = [];

    [SetUp]
    public async Task StartAsync()
    {
        _bot = await BotHarness.StartAsync();
        _driver = new CadenceDriver(_bot);
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Declare_HostileTitle_NoCallToSlackPingsTheChannelOrAGroup()
    {
        var incident = await DeclareAsync();
        await CommandAsync("list");
        await _bot.Requests.EventAsync(TimelineScenario.Envelope("EvHomeHostile", new JsonObject
        {
            ["type"] = "app_home_opened", ["user"] = "U1", ["channel"] = "D0001", ["tab"] = "home",
        }));
        await _bot.WaitForIdleAsync();

        Assert.That(_bot.Slack.State.Channel(incident.ChannelId!)!.Purpose.Value, Does.StartWith("INC-1: @\u2060here checkout"));
        Assert.That(_bot.Slack.CallsTo("views.publish"), Is.Not.Empty);
        AssertNothingPings();
    }

    [Test]
    public async Task Update_TypedWithChannelMention_ReachesSlackWithoutItAndStillMentionsThePersonNamed()
    {
        var incident = await DeclareAsync();

        await CommandAsync("update <!channel> rolled back, thanks <@U7|carol>, see <https://evil.example|Grafana>", incident.ChannelId!);
        await CommandAsync("note <!everyone|everyone> pinged the vendor", incident.ChannelId!);
        await CommandAsync("timeline", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        var update = _driver.ChannelMessages(incident, "incident_update").Single();
        Assert.That(update.Text, Does.Contain("<@U7|carol>").And.Contain("@\u2060channel rolled back"));
        Assert.That(update.Visible(), Does.Contain("Grafana (<https://evil.example>)"));
        AssertNothingPings();
    }

    [Test]
    public async Task DeclareModal_LiteralHereTyped_NoCallToSlackPingsTheChannel()
    {
        await CommandAsync("declare");
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "declare");
        _answers.Add(await _bot.Requests.InteractionAsync(ViewSubmission(view, "U1", Values(
            ("title", Text("@here checkout is down")), ("severity", Select("sev1")),
            ("summary", Text("@channel please look <!here>")), ("impact", Text("@everyone can't pay")), ("options", Checks())))));
        await _bot.WaitForIdleAsync();

        Assert.That(_bot.Slack.CallsTo("chat.postMessage"), Has.Count.GreaterThanOrEqualTo(2), "the brief and the headline were posted");
        AssertNothingPings();
    }

    private async Task<Core.Incidents.Incident> DeclareAsync()
    {
        await CommandAsync($"declare sev1 {Title}");
        Assert.That(_answers[^1].Body + _answers[0].Body, Does.Contain("Declaring"));
        return (await _bot.Services.GetRequiredServiceOf<Core.Storage.IncidentStore>().ListOpenAsync()).Single();
    }

    private async Task CommandAsync(string text, string channel = "CGENERAL")
    {
        _answers.Add(await _bot.Requests.CommandAsync(text, channel: channel));
        if (_bot.Requests.LastResponseUrl is { } url)
        {
            await _bot.WaitForIdleAsync();
            _answers.AddRange(_bot.Slack.ResponseUrlPosts(url).Select(p => new SlackAnswer(200, p.Body)));
        }
    }

    /// <summary>Every recorded Web API argument (JSON ones walked), every HTTP answer and every response_url post.</summary>
    private void AssertNothingPings()
    {
        var sent = _bot.Slack.Calls.SelectMany(c => c.Args.Values).SelectMany(Texts)
            .Concat(_answers.SelectMany(a => Texts(a.Body)))
            .ToList();
        Assert.That(sent, Is.Not.Empty);
        Assert.That(sent.SelectMany(HostileText.Leaks), Is.Empty);
    }

    private static IEnumerable<string> Texts(string value) =>
        value.TrimStart().StartsWith('{') || value.TrimStart().StartsWith('[')
            ? HostileText.Strings(JsonNode.Parse(value))
            : [value];
}
