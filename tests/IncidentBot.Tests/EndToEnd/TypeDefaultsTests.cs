using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.EndToEnd.ChecklistSteps;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>A configured type's privacy and checklists reach its incidents declared from the command, with nothing else asked.</summary>
[TestFixture]
public sealed class TypeDefaultsTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(settings: ResolveSteps.Settings(
        ("IncidentBot:Types:vendor-breach:Label", "Vendor breach"),
        ("IncidentBot:Types:vendor-breach:Private", "true"),
        ("IncidentBot:Types:database-outage:Checklist:Activation", "DBA paged"),
        ("IncidentBot:Types:database-outage:Checklist", "Replication lag under 1 s; Writes succeed on the new primary")));

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Declare_TypeThatIsPrivate_OpensAPrivateChannelWithNoFeedPostWithoutBeingAsked()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 --type vendor-breach Payroll vendor leaked records");

        Assert.That(incident.Type, Is.EqualTo("vendor-breach"));
        Assert.That(incident.IsPrivate, Is.True);
        Assert.That(_bot.Slack.State.Channel(incident.ChannelId!)!.IsPrivate, Is.True);
        Assert.That(_bot.Slack.State.Messages(BotHarness.FeedChannel), Is.Empty, "a private incident has no headline in the feed");
    }

    [Test]
    public async Task Declare_TypeWithItsChecklists_PostsThemInsteadOfThePractices()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 --type database-outage Primary is down");

        var checklist = ChecklistMessages(incident).Single();
        Assert.That(checklist.Visible(), Does.Contain("DBA paged").And.Contain("Replication lag under 1 s").And.Contain("Writes succeed on the new primary")
            .And.Not.Contain("Error rate back to baseline").And.Not.Contain("Video bridge open"));
        Assert.That(Checkboxes(checklist).Keys, Is.EqualTo(new[] { "checklist:activation:0", "checklist:verification:0" }));
    }

    [Test]
    public async Task ResolveForm_TypeWithItsVerificationList_NamesOnlyItsItemsLeftUnticked()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 --type database-outage Primary is down");
        await _bot.Requests.InteractionAsync(Tick(ChecklistMessages(incident).Single(), "U5", "checklist:verification:0", "verification:1"));
        await _bot.WaitForIdleAsync();

        await _bot.Requests.CommandAsync("resolve", "U1", incident.ChannelId!);

        var json = JsonNode.Parse(_bot.Slack.State.Views.Last(v => v.CallbackId == "resolve").Json)!;
        var caution = json["blocks"]!.AsArray().Single(b => b!["block_id"]?.GetValue<string>() == "resolve_caution")!["text"]!["text"]!.GetValue<string>();
        Assert.That(caution, Does.Contain("1 verification item is not ticked").And.Contain("\"Writes succeed on the new primary\"")
            .And.Not.Contain("Replication lag").And.Not.Contain("Error rate back to baseline"));
        Assert.That(json["submit"]!["text"]!.GetValue<string>(), Is.EqualTo("Resolve anyway"));
    }

    [Test]
    public async Task ResolveForm_TypeWithEveryVerificationItemTicked_AsksNothingAboutTheList()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 --type database-outage Primary is down");
        await _bot.Requests.InteractionAsync(Tick(ChecklistMessages(incident).Single(), "U5", "checklist:verification:0", "verification:1", "verification:2"));
        await _bot.WaitForIdleAsync();

        await _bot.Requests.CommandAsync("resolve", "U1", incident.ChannelId!);

        var json = JsonNode.Parse(_bot.Slack.State.Views.Last(v => v.CallbackId == "resolve").Json)!;
        var caution = json["blocks"]!.AsArray().Single(b => b!["block_id"]?.GetValue<string>() == "resolve_caution")!["text"]!["text"]!.GetValue<string>();
        Assert.That(caution, Does.Not.Contain("not ticked").And.Contain("soak time"));
    }

    private List<SlackMessage> ChecklistMessages(Incident incident) =>
        _bot.Slack.State.Messages(incident.ChannelId!).Where(m => m.MetadataEventType == "incident_checklist").ToList();
}
