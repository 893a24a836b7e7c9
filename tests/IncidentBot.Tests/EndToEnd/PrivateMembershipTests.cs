using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// Who may see a private incident follows its channel: leaving or being removed revokes it, a number outside it reads
/// as unknown, and its resolution is told only where everyone could see it.
/// </summary>
[TestFixture]
public sealed class PrivateMembershipTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(ResolveSteps.Settings());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task MemberLeft_PrivateIncident_NoLongerInTheirListHomeTabOrHints()
    {
        var secret = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Leaked credentials");
        await JoinAsync(secret, "U2", "EvJoin1");
        Assert.That((await _bot.Requests.CommandAsync("list", "U2")).Text, Does.Contain("Leaked credentials"), "a member sees it");

        var left = _bot.Slack.RemoveMember(secret.ChannelId!, "U2");
        await _bot.Requests.EventAsync(TimelineScenario.Envelope("EvLeft1", left));
        await _bot.WaitForIdleAsync();

        var list = await _bot.Requests.CommandAsync("list", "U2");
        var hint = await _bot.Requests.CommandAsync("status", "U2");
        await _bot.Requests.EventAsync(TimelineScenario.Envelope("EvHome1", new JsonObject
        {
            ["type"] = "app_home_opened", ["user"] = "U2", ["channel"] = "D0001", ["tab"] = "home",
        }));
        await _bot.WaitForIdleAsync();
        var home = _bot.Slack.State.HomeView("U2")!.Json;
        Assert.Multiple(() =>
        {
            Assert.That(left["channel_type"]!.GetValue<string>(), Is.EqualTo("G"), "Slack's channel type for a private channel");
            Assert.That(list.Text, Does.Not.Contain("Leaked credentials").And.Not.Contain("INC-1"));
            Assert.That(hint.Text, Does.Contain("works inside an incident channel").And.Not.Contain("INC-1"));
            Assert.That(home, Does.Not.Contain("Leaked credentials").And.Not.Contain("INC-1"));
        });
        Assert.That((await _bot.Requests.CommandAsync("list", "U1")).Text, Does.Contain("Leaked credentials"), "the others keep it");
    }

    [Test]
    public async Task MemberLeft_LeaveHandledBeforeAnEarlierJoin_StillRevokes()
    {
        var secret = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Leaked credentials");
        await TimelineScenario.JoinAsync(_bot, secret, "U2");
        var left = _bot.Slack.RemoveMember(secret.ChannelId!, "U2");

        // Slack promises no order: the leave arrives and is handled before the join that came first.
        await _bot.Requests.EventAsync(TimelineScenario.Envelope("EvLeftFirst", left));
        await _bot.WaitForIdleAsync();
        await _bot.Requests.EventAsync(TimelineScenario.Envelope("EvJoinLate", new JsonObject
        {
            ["type"] = "member_joined_channel", ["user"] = "U2", ["channel"] = secret.ChannelId, ["channel_type"] = "G", ["team"] = "T0001",
        }));
        await _bot.WaitForIdleAsync();

        Assert.That((await _bot.Requests.CommandAsync("list", "U2")).Text, Does.Not.Contain("Leaked credentials").And.Not.Contain("INC-1"));
    }

    [Test]
    public async Task MemberLeft_PublicOrUnknownChannel_ChangesNothing()
    {
        var open = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");

        await _bot.Requests.EventAsync(TimelineScenario.Envelope("EvLeft2", _bot.Slack.RemoveMember("CGENERAL", "U2")));
        await _bot.Requests.EventAsync(TimelineScenario.Envelope("EvLeft3", _bot.Slack.RemoveMember(open.ChannelId!, "U1")));
        await _bot.WaitForIdleAsync();

        Assert.That(await _bot.Services.GetRequiredServiceOf<IncidentStore>().MembersAsync(open.Id), Is.Empty);
        Assert.That((await _bot.Requests.CommandAsync("list", "U1")).Text, Does.Contain("Checkout is failing"), "a public incident stays listed");
    }

    [Test]
    public async Task Link_PrivateIncidentFromOutside_AnswersAsForANumberThatDoesNotExist()
    {
        await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Leaked credentials");
        var open = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Login errors", user: "U2");

        var toPrivate = await _bot.Requests.CommandAsync("link INC-1", "U2", open.ChannelId!);
        var toNothing = await _bot.Requests.CommandAsync("link INC-9", "U2", open.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(toPrivate.Status, Is.EqualTo(toNothing.Status));
        Assert.That(toPrivate.Body, Is.EqualTo(toNothing.Body.Replace("INC-9", "INC-1", StringComparison.Ordinal)));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, open)).Links, Is.Empty);
        Assert.That((await _bot.Requests.CommandAsync("link INC-1", "U1", open.ChannelId!)).Text, Does.Contain("now linked"),
            "a member of INC-1 may still link it");
    }

    [Test]
    public async Task Resolve_PrivateIncidentLinkedWithAPublicOne_IsNotAnnouncedInThePublicChannel()
    {
        var secret = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Leaked credentials --private");
        var open = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Login errors");
        await _bot.Requests.CommandAsync("link INC-1", "U1", open.ChannelId!);

        await ResolveSteps.ResolveAsync(_bot, secret, summary: "Rotated every key");
        await _bot.WaitForIdleAsync();

        Assert.That(ResolveSteps.MessagesContaining(_bot, open.ChannelId!, "was resolved"), Is.Empty);
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(open.Id);
        Assert.That(timeline.Select(e => e.Text), Has.None.Contains("was resolved"));
    }

    [Test]
    public async Task Resolve_PrivateIncident_IsAnnouncedOnlyInPrivateChannelsAllOfWhoseMembersCouldSeeIt()
    {
        var secret = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Leaked credentials --private");
        var sameTeam = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Key rotation --private");
        var wider = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Audit findings --private");
        await JoinAsync(wider, "U3", "EvJoin2");
        await _bot.Requests.CommandAsync("link INC-1", "U1", sameTeam.ChannelId!);
        await _bot.Requests.CommandAsync("link INC-1", "U1", wider.ChannelId!);

        await ResolveSteps.ResolveAsync(_bot, secret, summary: "Rotated every key");
        await _bot.WaitForIdleAsync();

        Assert.That(ResolveSteps.MessagesContaining(_bot, sameTeam.ChannelId!, "was resolved").Select(m => m.Text),
            Is.EqualTo(new[] { "INC-1, linked with INC-2, was resolved" }));
        Assert.That(ResolveSteps.MessagesContaining(_bot, wider.ChannelId!, "was resolved"), Is.Empty, "U3 is not a member of INC-1");
    }

    /// <summary>Invites the person, and delivers the <c>member_joined_channel</c> event Slack then sends.</summary>
    private async Task JoinAsync(Incident incident, string user, string eventId)
    {
        await TimelineScenario.JoinAsync(_bot, incident, user);
        await _bot.Requests.EventAsync(TimelineScenario.Envelope(eventId, new JsonObject
        {
            ["type"] = "member_joined_channel", ["user"] = user, ["channel"] = incident.ChannelId, ["channel_type"] = "G", ["team"] = "T0001",
        }));
        await _bot.WaitForIdleAsync();
    }
}
