using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.EndToEnd.ChecklistSteps;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// An incident channel's war room: the type's bookmarks and the video bridge, the brief's links, the "how this channel
/// works" guide, and the checklists anyone ticks, against the fake Slack over HTTP.
/// </summary>
[TestFixture]
public sealed class WarRoomTests
{
    private const string Bridge = "https://meet.example/war-room";
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(settings: new Dictionary<string, string?>
    {
        ["IncidentBot:VideoBridgeUrl"] = Bridge,
        ["IncidentBot:Types:database-outage:Label"] = "Database outage",
        ["IncidentBot:Types:database-outage:Runbooks"] = "Failover runbook|https://wiki.example/db-failover; https://grafana.example/d/db",
    });

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Declare_WithType_BookmarksItsLinksAndTheBridgeAndShowsThemInTheBrief()
    {
        var incident = await DeclareAsync("declare sev1 --type database-outage Primary is down");

        var bookmarks = _bot.Slack.State.Bookmarks(incident.ChannelId!);
        Assert.That(bookmarks.Select(b => (b.Title, b.Link)), Is.EqualTo(new[]
        {
            ("Video bridge", (string?)Bridge),
            ("Failover runbook", "https://wiki.example/db-failover"),
            ("grafana.example/d/db", "https://grafana.example/d/db"),
        }));
        var brief = _bot.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!.Visible();
        Assert.That(brief, Does.Contain("Type: Database outage")
            .And.Contain("<https://wiki.example/db-failover|Failover runbook>").And.Contain($"<{Bridge}|Video bridge>"));
    }

    [Test]
    public async Task Declare_PostsTheChannelGuideOnceAndTheChecklistsWithTheChannelTicked()
    {
        var incident = await DeclareAsync("declare sev2 Checkout is failing");

        var guide = Messages(incident, "incident_channel_guide").Single();
        Assert.That(guide.Visible(), Does.Contain("How this channel works").And.Contain("Discuss in threads").And.Contain("/incident update")
            .And.Contain("*Incident Commander*: Owns the response"));
        var checklist = Messages(incident, "incident_checklist").Single();
        var groups = Checkboxes(checklist);
        Assert.That(groups.Keys, Is.EqualTo(new[] { "checklist:activation:0", "checklist:verification:0" }));
        Assert.That(Values(groups["checklist:activation:0"]["initial_options"]), Is.EqualTo(new[] { "activation:1" }));
        Assert.That(checklist.Visible(), Does.Contain("War-room activation").And.Contain("Status page updated")
            .And.Contain("Error rate back to baseline").And.Contain("Stable for 30+ minutes").And.Contain("1 of 6 done"));
    }

    [Test]
    public async Task Tick_ByAnyoneInTheChannel_GoesOnTheTimelineAndShowsInTheMessage()
    {
        var incident = await DeclareAsync("declare sev2 Checkout is failing");
        var checklist = Messages(incident, "incident_checklist").Single();

        var answer = await _bot.Requests.InteractionAsync(Tick(checklist, "U5", "checklist:verification:0", "verification:1", "verification:3"));
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Status, Is.EqualTo(200));
        var entries = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(entries.Where(e => e.Kind == TimelineKind.ChecklistTicked).Select(e => e.Text), Is.EqualTo(new[]
        {
            "<@U5> ticked \"Error rate back to baseline\" (Before resolving: verification)",
            "<@U5> ticked \"User reports have stopped\" (Before resolving: verification)",
        }));
        var updated = _bot.Slack.State.Message(incident.ChannelId!, checklist.Ts)!;
        Assert.That(updated.IsEdited, Is.True);
        Assert.That(Values(Checkboxes(updated)["checklist:verification:0"]["initial_options"]), Is.EqualTo(new[] { "verification:1", "verification:3" }));
        Assert.That(updated.Visible(), Does.Contain("2 of 7 done"));
    }

    [Test]
    public async Task Untick_FromTheMessageAsShown_UnticksOnlyThatItem()
    {
        var incident = await DeclareAsync("declare sev2 Checkout is failing");
        var checklist = Messages(incident, "incident_checklist").Single();
        await _bot.Requests.InteractionAsync(Tick(checklist, "U5", "checklist:activation:0", "activation:1", "activation:3"));
        await _bot.WaitForIdleAsync();
        var shown = _bot.Slack.State.Message(incident.ChannelId!, checklist.Ts)!;

        await _bot.Requests.InteractionAsync(Tick(shown, "U6", "checklist:activation:0", "activation:3"));
        await _bot.WaitForIdleAsync();

        var items = await _bot.Services.GetRequiredServiceOf<ChecklistService>().ListAsync(incident.Id);
        Assert.That(items.Where(i => i is { Kind: ChecklistKind.Activation, IsTicked: true }).Select(i => i.Number), Is.EqualTo(new[] { 3 }));
        var entries = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(entries[^1].Text, Is.EqualTo("<@U6> unticked \"Incident channel open (this one)\" (War-room activation)"));
    }

    [Test]
    public async Task ChecklistCommand_PostsTheListsAgainAsTheyStand()
    {
        var incident = await DeclareAsync("declare sev2 Checkout is failing");
        await _bot.Requests.InteractionAsync(Tick(Messages(incident, "incident_checklist").Single(), "U5", "checklist:verification:0", "verification:2"));
        await _bot.WaitForIdleAsync();

        var answer = await _bot.Requests.CommandAsync("checklist", channel: incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("Posting INC-1's checklists here"));
        var posted = Messages(incident, "incident_checklist");
        Assert.That(posted, Has.Count.EqualTo(2));
        Assert.That(Values(Checkboxes(posted[1])["checklist:verification:0"]["initial_options"]), Is.EqualTo(new[] { "verification:2" }));
        Assert.That(Messages(incident, "incident_channel_guide"), Has.Count.EqualTo(1), "the guide is posted once");
    }

    [Test]
    public async Task ChecklistCommand_OutsideAnIncidentChannel_ExplainsWhereAndPostsNothing()
    {
        var answer = await _bot.Requests.CommandAsync("checklist");

        Assert.That(answer.Text, Does.Contain("incident channel"));
        Assert.That(_bot.Slack.CallsTo("chat.postMessage"), Is.Empty);
    }

    private async Task<Incident> DeclareAsync(string command)
    {
        await _bot.Requests.CommandAsync(command);
        await _bot.WaitForIdleAsync();
        return (await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Single();
    }

    private List<SlackMessage> Messages(Incident incident, string eventType) =>
        _bot.Slack.State.Messages(incident.ChannelId!).Where(m => m.MetadataEventType == eventType).ToList();
}
