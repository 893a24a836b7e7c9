using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// Forms and the Home tab are seen by one person, so they come in that person's Slack locale's language; what the
/// channel reads stays in the workspace's (English here).
/// </summary>
public sealed class PersonLanguageFormTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _bot = await BotHarness.StartAsync();
        _bot.Slack.AddUser("URU", "ivan", "Иван Петров", locale: "ru-RU");
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Declare_MemberInRussian_GetsTheFormAndItsErrorInRussian_WhileTheChannelStaysEnglish()
    {
        var opened = await _bot.Requests.CommandAsync("declare", user: "URU");
        var view = _bot.Slack.State.Views.Single();
        var json = JsonNode.Parse(view.Json)!;

        Assert.That(opened.Body, Is.Empty);
        Assert.That(json["title"]!["text"]!.GetValue<string>(), Is.EqualTo("Объявить инцидент"));
        Assert.That(json["submit"]!["text"]!.GetValue<string>(), Is.EqualTo("Объявить"));
        Assert.That(MessageText.Of(json["blocks"]!.ToJsonString()), Does.Contain("SEV1 · Серьёзная деградация")
            .And.Contain("Я буду командиром инцидента").And.Not.Contain("Major degradation"));

        var refused = await _bot.Requests.InteractionAsync(ViewSubmission(view, "URU", Values(
            ("title", Text("Search is down")), ("severity", Select("sev9")), ("options", Checks("commander")))));
        Assert.That(refused.Json?["errors"]?["severity"]?.GetValue<string>(), Is.EqualTo("Выберите один из уровней: sev0, sev1, sev2 или sev3."));

        var declared = await _bot.Requests.InteractionAsync(ViewSubmission(view, "URU", Values(
            ("title", Text("Search is down")), ("severity", Select("sev1")), ("options", Checks("commander")))));
        await _bot.WaitForIdleAsync();

        Assert.That(declared.Body, Is.Empty);
        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Single();
        var brief = _bot.Slack.State.Messages(incident.ChannelId!).Single(m => m.MetadataEventType == "incident_brief").Visible();
        Assert.That(brief, Does.Contain("INC-1: Search is down").And.Contain("Incident Commander").And.Not.Match("[А-Яа-яЁё]"));
        var headline = _bot.Slack.State.Messages(BotHarness.FeedChannel).Single().Visible();
        Assert.That(headline, Does.Contain("INC-1 · SEV1 · Investigating").And.Not.Match("[А-Яа-яЁё]"));
    }

    [Test]
    public async Task PostUpdateButton_MemberInRussian_OpensTheUpdateFormInRussian()
    {
        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing", user: "U1");
        await _bot.WaitForIdleAsync();
        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Single();

        await _bot.Requests.InteractionAsync(BlockAction("URU", incident.ChannelId!, "post_update",
            incident.Id.ToString(CultureInfo.InvariantCulture), _bot.Slack.IssueTriggerId("URU")));

        var view = JsonNode.Parse(_bot.Slack.State.Views.Single(v => v.CallbackId == "update").Json)!;
        Assert.That(view["submit"]!["text"]!.GetValue<string>(), Is.EqualTo("Опубликовать"));
        Assert.That(MessageText.Of(view["blocks"]!.ToJsonString()), Does.Contain("Расследование").And.Contain("Уверенность в прогнозе")
            .And.Not.Contain("Investigating"));
    }

    [Test]
    public async Task Home_MemberInRussian_SeesItInRussian_WhileAnotherSeesEnglish()
    {
        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing", user: "U1");
        await _bot.WaitForIdleAsync();

        await _bot.Requests.EventAsync(HomeOpened("EvHomeRu", "URU"));
        await _bot.Requests.EventAsync(HomeOpened("EvHomeEn", "U2"));
        await _bot.WaitForIdleAsync();

        var russian = MessageText.Of(JsonNode.Parse(_bot.Slack.State.HomeView("URU")!.Json)!["blocks"]!.ToJsonString());
        var english = MessageText.Of(JsonNode.Parse(_bot.Slack.State.HomeView("U2")!.Json)!["blocks"]!.ToJsonString());
        Assert.That(russian, Does.Contain("Открытые инциденты").And.Contain("INC-1 · SEV1 · Расследование").And.Contain("командир <@U1>"));
        Assert.That(english, Does.Contain("Open incidents").And.Contain("INC-1 · SEV1 · Investigating").And.Not.Match("[А-Яа-яЁё]"));
    }

    private static JsonObject HomeOpened(string eventId, string user) => TimelineScenario.Envelope(eventId, new JsonObject
    {
        ["type"] = "app_home_opened", ["user"] = user, ["channel"] = "D0001", ["tab"] = "home",
    });
}
