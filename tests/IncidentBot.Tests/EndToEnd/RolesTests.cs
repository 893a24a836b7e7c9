using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.EndToEnd.TimelineScenario;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Roles from the brief's buttons and <c>/incident role</c>: who holds what, who is told, who may.</summary>
[TestFixture]
public sealed class RolesTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["IncidentBot:Admins"] = "U3" });

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Brief_ShowsTakeIcAndAssignRolesButtonsForItsIncident()
    {
        var incident = await DeclareAsync(_bot);

        var blocks = JsonNode.Parse(_bot.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!.BlocksJson!)!.AsArray();
        var buttons = blocks.Where(b => b!["type"]!.GetValue<string>() == "actions").SelectMany(b => b!["elements"]!.AsArray()).ToList();

        Assert.That(buttons.Select(b => b!["action_id"]!.GetValue<string>()), Does.Contain("take_ic").And.Contain("assign_roles"));
        Assert.That(buttons.Select(b => b!["value"]!.GetValue<string>()).Distinct(), Is.EqualTo(new[] { incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
    }

    [Test]
    public async Task TakeIc_WhenVacant_ClickerBecomesCommanderEverywhere()
    {
        var incident = await DeclareWithoutCommanderAsync(_bot);
        Assert.That(incident.Commander, Is.Null);

        var answer = await _bot.Requests.InteractionAsync(Click(_bot, "U2", incident, "take_ic"));
        await _bot.WaitForIdleAsync();

        incident = await ReloadAsync(_bot, incident);
        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(incident.Commander, Is.EqualTo("U2"));
        Assert.That(BriefText(_bot, incident), Does.Contain("Incident Commander: <@U2>"));
        Assert.That(_bot.Slack.State.Message(BotHarness.FeedChannel, incident.FeedTs!)!.Visible(), Does.Contain("IC: <@U2>"));
        Assert.That(_bot.Slack.State.Channel(incident.ChannelId!)!.Topic.Value, Does.Contain("IC: <@U2>"));
        Assert.That(_bot.Slack.State.Channel(incident.ChannelId!)!.Members, Does.Contain("U2"));
        Assert.That(_bot.Slack.State.DirectMessages("U2").Single().Visible(), Does.Contain("Incident Commander").And.Contain("Owns the response"));
        Assert.That((await TimelineAsync(_bot, incident)).Select(e => e.Text), Does.Contain("<@U2> took Incident Commander"));
    }

    [Test]
    public async Task TakeIc_TwoClicksAtOnce_ExactlyOneWinsAndTheOtherIsToldWho()
    {
        for (var round = 0; round < 5; round++)
        {
            var incident = await DeclareWithoutCommanderAsync(_bot, title: $"Race {round}");
            await JoinAsync(_bot, incident, "U2", "U3");

            await Task.WhenAll(
                _bot.Requests.InteractionAsync(Click(_bot, "U2", incident, "take_ic")),
                _bot.Requests.InteractionAsync(Click(_bot, "U3", incident, "take_ic")));
            await _bot.WaitForIdleAsync();

            var winner = (await ReloadAsync(_bot, incident)).Commander;
            var loser = winner == "U2" ? "U3" : "U2";
            Assert.That(winner, Is.AnyOf("U2", "U3"));
            var told = _bot.Slack.State.Ephemerals.Where(e => e.Channel == incident.ChannelId && e.User == loser).ToList();
            Assert.That(told.Single().Text, Does.Contain($"<@{winner}> is already the Incident Commander"));
            Assert.That(_bot.Slack.State.Ephemerals.Where(e => e.Channel == incident.ChannelId && e.User == winner), Is.Empty);
            var assignments = (await TimelineAsync(_bot, incident)).Where(e => e.Kind is TimelineKind.RoleAssigned or TimelineKind.RoleHandedOver);
            Assert.That(assignments.Select(e => e.Text), Is.EqualTo(new[] { $"<@{winner}> took Incident Commander" }));
        }
    }

    [Test]
    public async Task TakeIc_WhenHeld_BySomeoneOnlyPreviewingTheChannel_IsToldByDirectMessage()
    {
        var incident = await DeclareAsync(_bot, user: "U1");

        await _bot.Requests.InteractionAsync(Click(_bot, "U2", incident, "take_ic"));
        await _bot.WaitForIdleAsync();

        Assert.That((await ReloadAsync(_bot, incident)).Commander, Is.EqualTo("U1"));
        Assert.That(_bot.Slack.State.DirectMessages("U2").Single().Text, Does.Contain("<@U1> is already the Incident Commander"));
    }

    [Test]
    public async Task RoleCommand_WhenSlackSendsTheDutyButItsAnswerIsLost_SendsItOnce()
    {
        await _bot.DisposeAsync();
        _bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["IncidentBot:Admins"] = "U3" }, services: s =>
            Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.Configure<IncidentBot.Slack.Api.SlackApiOptions>(
                s, o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300)));
        var incident = await DeclareAsync(_bot, user: "U1");
        await _bot.WaitForIdleAsync();
        _bot.Slack.Faults.Enqueue("chat.postMessage", FakeSlack.Fault.HoldResponse(TimeSpan.FromSeconds(1)));

        await _bot.Requests.CommandAsync("role scribe <@U3>", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync(TimeSpan.FromSeconds(30));

        Assert.That(_bot.Slack.Faults.Held("chat.postMessage"), Is.EqualTo(1), "the duty DM's answer was held back");
        Assert.That(_bot.Slack.State.DirectMessages("U3").Single().Visible(), Does.Contain("Scribe").And.Contain("Keeps the timeline"));
        Assert.That(_bot.Slack.CallsTo("conversations.history").Select(c => c.Args["channel"]), Has.Some.EqualTo("DU3"),
            "looked for it in the DM conversation before posting again");
    }

    [Test]
    public async Task RoleCommand_WhenTheDutyMessageHitsAServerError_SendsItOnceLater()
    {
        var incident = await DeclareAsync(_bot, user: "U1");
        _bot.Slack.Faults.Enqueue("chat.postMessage", FakeSlack.Fault.ServerError(503));
        _bot.Slack.Faults.Enqueue("chat.postMessage", FakeSlack.Fault.ServerError(503));

        await _bot.Requests.CommandAsync("role scribe <@U3>", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync(TimeSpan.FromSeconds(30));

        Assert.That(_bot.Slack.State.DirectMessages("U3").Single().Visible(), Does.Contain("Scribe").And.Contain("Keeps the timeline"));
    }

    [TestCase("take_ic")]
    [TestCase("assign_roles")]
    [TestCase("resolve")]
    public async Task BriefButton_ForAnIncidentThatDoesNotExist_TellsTheClicker(string actionId)
    {
        var incident = await DeclareAsync(_bot, user: "U1");

        await _bot.Requests.InteractionAsync(InteractionPayloads.BlockAction("U1", incident.ChannelId!, actionId, "999", _bot.Slack.IssueTriggerId("U1")));
        await _bot.WaitForIdleAsync();

        Assert.That(_bot.Slack.State.Ephemerals.Single(e => e.User == "U1").Text, Is.EqualTo("That incident no longer exists."));
    }

    [Test]
    public async Task TakeIc_ByTheCurrentCommander_ChangesNothing()
    {
        var incident = await DeclareAsync(_bot, user: "U1");
        var before = await TimelineAsync(_bot, incident);
        var dutyFromDeclaring = _bot.Slack.State.DirectMessages("U1").Single();

        await _bot.Requests.InteractionAsync(Click(_bot, "U1", incident, "take_ic"));
        await _bot.WaitForIdleAsync();

        Assert.That(await TimelineAsync(_bot, incident), Has.Count.EqualTo(before.Count));
        Assert.That(_bot.Slack.State.Ephemerals, Is.Empty);
        Assert.That(_bot.Slack.State.DirectMessages("U1"), Is.EqualTo(new[] { dutyFromDeclaring }));
    }

    [TestCase("lead <@U2|bob>")]
    [TestCase("Technical Lead <@U2>")]
    [TestCase("LEAD   <@U2|bob>")]
    public async Task RoleCommand_AssignsRole_InvitesSendsDutyUpdatesBriefAndRecords(string arguments)
    {
        var incident = await DeclareAsync(_bot, user: "U1");

        var answer = await _bot.Requests.CommandAsync($"role {arguments}", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        incident = await ReloadAsync(_bot, incident);
        Assert.That(answer.Text, Does.Contain("<@U2> is now Technical Lead"));
        Assert.That(incident.RoleHolder("lead"), Is.EqualTo("U2"));
        Assert.That(_bot.Slack.State.Channel(incident.ChannelId!)!.Members, Does.Contain("U2"));
        var dm = _bot.Slack.State.DirectMessages("U2").Single().Visible();
        Assert.That(dm, Does.Contain("Technical Lead").And.Contain("INC-1").And.Contain("Leads the investigation and the fix"));
        Assert.That(BriefText(_bot, incident), Does.Contain("Technical Lead: <@U2>"));
        Assert.That((await TimelineAsync(_bot, incident))[^1].Text, Is.EqualTo("<@U1> made <@U2> Technical Lead"));
    }

    [Test]
    public async Task RoleCommand_HandOverIc_NamesBothPeople()
    {
        var incident = await DeclareAsync(_bot, user: "U1");

        var answer = await _bot.Requests.CommandAsync("role ic <@U2|bob>", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("handed over from <@U1> to <@U2>"));
        Assert.That((await ReloadAsync(_bot, incident)).Commander, Is.EqualTo("U2"));
        var last = (await TimelineAsync(_bot, incident))[^1];
        Assert.That(last.Kind, Is.EqualTo(TimelineKind.RoleHandedOver));
        Assert.That(last.Text, Is.EqualTo("Incident Commander handed over from <@U1> to <@U2>"));
        Assert.That(_bot.Slack.State.DirectMessages("U2").Single().Visible(), Does.Contain("You take over from <@U1>"));
    }

    [Test]
    public async Task RoleCommand_ReassignHeldIcWithoutPermission_IsRefusedNamingWhoCan()
    {
        var incident = await DeclareAsync(_bot, user: "U1");
        var before = await TimelineAsync(_bot, incident);

        var answer = await _bot.Requests.CommandAsync("role ic <@U2|bob>", "U2", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("Only the Incident Commander (<@U1>) or an admin (<@U3>) can hand over Incident Commander"));
        Assert.That((await ReloadAsync(_bot, incident)).Commander, Is.EqualTo("U1"));
        Assert.That(await TimelineAsync(_bot, incident), Has.Count.EqualTo(before.Count));
        Assert.That(_bot.Slack.State.DirectMessages("U2"), Is.Empty);
    }

    [Test]
    public async Task RoleCommand_AdminReassignsHeldIc_IsAllowedAndTheRecordNamesTheAdmin()
    {
        var incident = await DeclareAsync(_bot, user: "U1");

        await _bot.Requests.CommandAsync("role ic <@U2|bob>", "U3", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That((await ReloadAsync(_bot, incident)).Commander, Is.EqualTo("U2"));
        Assert.That((await TimelineAsync(_bot, incident))[^1].Text, Is.EqualTo("Incident Commander handed over from <@U1> to <@U2> by <@U3>"));
    }

    [Test]
    public async Task RoleCommand_AnyoneMayFillAnEmptyRoleOrTakeAVacantIc()
    {
        var incident = await DeclareWithoutCommanderAsync(_bot, user: "U1");

        var ic = await _bot.Requests.CommandAsync("role ic <@U2>", "U3", incident.ChannelId!);
        var comms = await _bot.Requests.CommandAsync("role comms <@U3>", "U2", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        incident = await ReloadAsync(_bot, incident);
        Assert.That(ic.Text, Does.Contain("<@U2> is now Incident Commander"));
        Assert.That(comms.Text, Does.Contain("<@U3> is now Communications Lead"));
        Assert.That((incident.Commander, incident.RoleHolder("comms")), Is.EqualTo(("U2", "U3")));
    }

    [TestCase("lead @bob", "\"@bob\" is not a Slack mention")]
    [TestCase("lead bob", "\"bob\" is not a Slack mention")]
    [TestCase("lead", "Who should be Technical Lead?")]
    [TestCase("boss <@U2|bob>", "Unknown role \"boss\"")]
    [TestCase("", "Usage: `/incident role &lt;role&gt; @person`")]
    public async Task RoleCommand_BadInput_ExplainsWithUsageAndChangesNothing(string arguments, string expected)
    {
        var incident = await DeclareAsync(_bot, user: "U1");
        var before = await TimelineAsync(_bot, incident);

        var answer = await _bot.Requests.CommandAsync($"role {arguments}".Trim(), "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Text, Does.Contain(expected));
        Assert.That(answer.Text, Does.Contain("/incident role"));
        Assert.That(await TimelineAsync(_bot, incident), Has.Count.EqualTo(before.Count));
        Assert.That((await ReloadAsync(_bot, incident)).Roles, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task RoleCommand_UnknownRole_ListsTheConfiguredRoles()
    {
        var incident = await DeclareAsync(_bot);

        var answer = await _bot.Requests.CommandAsync("role boss <@U2>", "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain("`ic` (Incident Commander)").And.Contain("`comms`").And.Contain("`scribe`").And.Contain("`lead` (Technical Lead)"));
    }

    [Test]
    public async Task RoleCommand_IcAlsoTakesLead_WarnsTheChannelOnce()
    {
        var incident = await DeclareAsync(_bot, user: "U1");

        await _bot.Requests.CommandAsync("role lead <@U1|alice>", "U1", incident.ChannelId!);
        await _bot.Requests.CommandAsync("role lead <@U1|alice>", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        var warnings = _bot.Slack.State.Messages(incident.ChannelId!).Where(m => m.Text.Contains(":warning:", StringComparison.Ordinal)).ToList();
        Assert.That(warnings.Single().Text, Does.Contain("<@U1> now holds both *Incident Commander* and *Technical Lead*"));
    }

    [Test]
    public async Task RoleCommand_OtherRolesHeldByOnePerson_DrawNoWarning()
    {
        var incident = await DeclareAsync(_bot, user: "U1");

        await _bot.Requests.CommandAsync("role scribe <@U1>", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(_bot.Slack.State.Messages(incident.ChannelId!).Where(m => m.Text.Contains(":warning:", StringComparison.Ordinal)), Is.Empty);
    }
}
