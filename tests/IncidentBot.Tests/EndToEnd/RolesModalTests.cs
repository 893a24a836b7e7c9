using System.Text.Json.Nodes;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.EndToEnd.TimelineScenario;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>The roles modal, from <c>/incident roles</c> and the brief's <b>Assign roles…</b> button; configured roles.</summary>
[TestFixture]
public sealed class RolesModalTests
{
    private static readonly string[] ExpectedBlocks = ["role_ic", "role_comms", "role_scribe", "role_lead", "role_support"];
    private static readonly string[] UserSelects = ["users_select"];
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(new Dictionary<string, string?>
    {
        ["IncidentBot:Roles:support:Name"] = "Support Liaison",
        ["IncidentBot:Roles:support:Duty"] = "Keeps the support team and their tickets in the loop.",
        ["IncidentBot:Roles:support:Order"] = "4",
    });

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task RolesCommand_OpensModalWithAPickerPerConfiguredRolePrefilledWithHolders()
    {
        var incident = await DeclareAsync(_bot, user: "U1");

        var answer = await _bot.Requests.CommandAsync("roles", "U1", incident.ChannelId!);

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Body, Is.Empty);
        var view = JsonNode.Parse(_bot.Slack.State.Views.Single(v => v.CallbackId == "roles").Json)!;
        var inputs = view["blocks"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "input").ToList();
        Assert.That(inputs.Select(b => b!["block_id"]!.GetValue<string>()),
            Is.EqualTo(ExpectedBlocks));
        Assert.That(inputs.Select(b => b!["element"]!["type"]!.GetValue<string>()).Distinct(), Is.EqualTo(UserSelects));
        Assert.That(inputs[0]!["element"]!["initial_user"]!.GetValue<string>(), Is.EqualTo("U1"));
        Assert.That(inputs[3]!["element"]!["initial_user"], Is.Null);
        Assert.That(inputs[4]!["label"]!["text"]!.GetValue<string>(), Is.EqualTo("Support Liaison"));
    }

    [Test]
    public async Task AssignRolesButton_OpensTheSameModal()
    {
        var incident = await DeclareAsync(_bot, user: "U1");

        var answer = await _bot.Requests.InteractionAsync(Click(_bot, "U2", incident, "assign_roles"));

        Assert.That(answer.Status, Is.EqualTo(200));
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "roles");
        Assert.That(view.Json, Does.Contain("\"initial_user\":\"U1\""));
    }

    [Test]
    public async Task AssignRolesButton_WhenTheTriggerExpired_TellsTheClickerHowElse()
    {
        var incident = await DeclareAsync(_bot, user: "U1");
        var click = Click(_bot, "U1", incident, "assign_roles");
        click["trigger_id"] = "1111.2222.expired";

        await _bot.Requests.InteractionAsync(click);
        await _bot.WaitForIdleAsync();

        var told = _bot.Slack.State.Ephemerals.Single(e => e.User == "U1");
        Assert.That(told.Text, Does.Contain("couldn't open the roles form").And.Contain("/incident role"));
    }

    [Test]
    public async Task Submit_AssignsEveryChangedRoleIncludingConfiguredOnes()
    {
        var incident = await DeclareAsync(_bot, user: "U1");
        await _bot.Requests.CommandAsync("roles", "U1", incident.ChannelId!);

        var answer = await SubmitAsync("U1", ("role_ic", "U1"), ("role_lead", "U2"), ("role_support", "U3"));
        await _bot.WaitForIdleAsync();

        incident = await ReloadAsync(_bot, incident);
        Assert.That(answer.Body, Is.Empty, "an empty 200 closes the modal");
        Assert.That((incident.Commander, incident.RoleHolder("lead"), incident.RoleHolder("support")), Is.EqualTo(("U1", "U2", "U3")));
        Assert.That(_bot.Slack.State.DirectMessages("U3").Single().Visible(), Does.Contain("Support Liaison").And.Contain("support team"));
        Assert.That(BriefText(_bot, incident), Does.Contain("Support Liaison: <@U3>").And.Contain("Technical Lead: <@U2>"));
        var texts = (await TimelineAsync(_bot, incident)).Select(e => e.Text).ToList();
        Assert.That(texts, Does.Contain("<@U1> made <@U2> Technical Lead").And.Contain("<@U1> made <@U3> Support Liaison"));
        Assert.That(texts.Count(t => t.Contains("Incident Commander", StringComparison.Ordinal)), Is.EqualTo(1), "IC was unchanged");
    }

    [Test]
    public async Task Submit_NonCommanderChangesHeldIc_GetsTheRefusalOnTheIcFieldAndNothingChanges()
    {
        var incident = await DeclareAsync(_bot, user: "U1");
        await _bot.Requests.CommandAsync("roles", "U2", incident.ChannelId!);

        var answer = await SubmitAsync("U2", ("role_ic", "U2"), ("role_lead", "U3"));
        await _bot.WaitForIdleAsync();

        incident = await ReloadAsync(_bot, incident);
        Assert.That(answer.Json?["response_action"]?.GetValue<string>(), Is.EqualTo("errors"));
        Assert.That(answer.Json?["errors"]?["role_ic"]?.GetValue<string>(), Does.Contain("Only the Incident Commander (<@U1>)"));
        Assert.That((incident.Commander, incident.RoleHolder("lead")), Is.EqualTo(("U1", (string?)null)));
    }

    [Test]
    public async Task Submit_RoleChangedWhileTheFormWasOpen_ReportsItOnThatFieldAndKeepsTheNewHolder()
    {
        var incident = await DeclareAsync(_bot, user: "U1");
        await _bot.Requests.CommandAsync("roles", "U1", incident.ChannelId!);
        await _bot.Requests.CommandAsync("role lead <@U3>", "U1", incident.ChannelId!);

        var answer = await SubmitAsync("U1", ("role_lead", "U2"), ("role_scribe", "U2"));
        await _bot.WaitForIdleAsync();

        incident = await ReloadAsync(_bot, incident);
        Assert.That(answer.Json?["errors"]?["role_lead"]?.GetValue<string>(), Does.Contain("changed while the form was open").And.Contain("<@U3>"));
        Assert.That((incident.RoleHolder("lead"), incident.RoleHolder("scribe")), Is.EqualTo(("U3", "U2")));
    }

    [Test]
    public async Task Submit_ModalIsWithinBlockKitLimits()
    {
        var incident = await DeclareAsync(_bot, user: "U1");
        await _bot.Requests.CommandAsync("roles", "U1", incident.ChannelId!);

        var view = JsonNode.Parse(_bot.Slack.State.Views.Single(v => v.CallbackId == "roles").Json)!.AsObject();

        Assert.That(BlockKitValidator.ValidateView(view), Is.Empty);
    }

    private Task<SlackAnswer> SubmitAsync(string user, params (string Block, string User)[] picks)
    {
        var view = _bot.Slack.State.Views.Last(v => v.CallbackId == "roles");
        return _bot.Requests.InteractionAsync(ViewSubmission(view, user, Values(picks.Select(p => (p.Block, UserSelect(p.User))).ToArray())));
    }
}
