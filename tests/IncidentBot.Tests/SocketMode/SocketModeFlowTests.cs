using System.Text.Json.Nodes;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.SocketMode;

/// <summary>Every Slack feature over Socket Mode, end to end: commands, the declare form, buttons and events.</summary>
[TestFixture]
public sealed class SocketModeFlowTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await SocketModeBot.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task DeclareInline_OverSocket_AcksWithEphemeralAnswerThenOpensChannelPinsBriefAndPostsFeed()
    {
        var delivery = await SocketModeScenario.DeclareAsync(_bot, "Checkout down");

        Assert.That(delivery.Payload?["response_type"]?.GetValue<string>(), Is.EqualTo("ephemeral"));
        Assert.That(delivery.Payload?["text"]?.GetValue<string>(), Does.Contain("Checkout down"));
        await _bot.WaitForIdleAsync();
        SocketModeScenario.AssertDeclaredOnce(_bot.Slack, "Checkout down");
        await _bot.Slack.WaitForAsync(s => s.ResponseUrlPosts(delivery.ResponseUrl).Count > 0, Wait);
    }

    [Test]
    public async Task DeclareForm_OverSocket_EmptyTitleKeepsFormOpenWithErrorThenValidSubmissionDeclares()
    {
        var command = await _bot.Slack.SocketMode.SendSlashCommandAsync("declare");
        Assert.That(command.Ack, Is.Not.Null, "no ack within 3 s for /incident declare");
        var view = _bot.Slack.State.Views.Single(v => v.CallbackId == "declare");

        var rejected = await _bot.Slack.SocketMode.SendInteractiveAsync(SocketModeScenario.DeclareSubmission(view, "U1", "", "sev2"));
        var accepted = await _bot.Slack.SocketMode.SendInteractiveAsync(SocketModeScenario.DeclareSubmission(view, "U1", "Search is slow", "sev2"));

        Assert.That(rejected?["payload"]?["response_action"]?.GetValue<string>(), Is.EqualTo("errors"));
        Assert.That(rejected!["payload"]?["errors"]?["title"]?.GetValue<string>(), Is.Not.Empty);
        Assert.That(accepted?.ToJsonString(), Is.EqualTo(new JsonObject { ["envelope_id"] = accepted?["envelope_id"]?.GetValue<string>() }.ToJsonString()),
            "an ack without payload closes the modal");
        await _bot.WaitForIdleAsync();
        SocketModeScenario.AssertDeclaredOnce(_bot.Slack, "Search is slow");
    }

    [Test]
    public async Task TakeIcButton_OverSocket_MakesTheClickerCommanderAndRewritesTheBrief()
    {
        await _bot.Slack.SocketMode.SendSlashCommandAsync("declare");
        var form = _bot.Slack.State.Views.Single(v => v.CallbackId == "declare");
        await _bot.Slack.SocketMode.SendInteractiveAsync(InteractionPayloads.ViewSubmission(form, "U1", InteractionPayloads.Values(
            ("title", InteractionPayloads.Text("Queue backlog")), ("severity", InteractionPayloads.Select("sev1")),
            ("options", InteractionPayloads.Checks()))));
        await _bot.WaitForIdleAsync();
        var incident = (await _bot.Services.GetRequiredService<IncidentStore>().ListOpenAsync()).Single();
        var click = InteractionPayloads.BlockAction("U2", incident.ChannelId!, "take_ic",
            incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), _bot.Slack.IssueTriggerId("U2"), incident.BriefTs);

        var ack = await _bot.Slack.SocketMode.SendInteractiveAsync(click);
        await _bot.WaitForIdleAsync();

        Assert.That(ack, Is.Not.Null, "no ack within 3 s");
        var after = await _bot.Services.GetRequiredService<IncidentStore>().GetAsync(incident.Id);
        Assert.That(after!.Commander, Is.EqualTo("U2"));
        Assert.That(_bot.Slack.State.Message(incident.ChannelId!, incident.BriefTs!)!.Visible(), Does.Contain("Incident Commander: <@U2>"));
    }

    [Test]
    public async Task ButtonClick_OverSocket_IsAcknowledgedInTimeEvenWhenSplitAcrossFrames()
    {
        // python-slack-sdk's block_actions envelope is ~67 KB, so it reaches the bot in several WebSocket reads.
        var fixture = JsonNode.Parse(SharedFixtures.ReadText(
            "python-slack-sdk/extracted__tests__slack_sdk__socket_mode__mock_socket_mode_server.py__envelope_4_interactive_block_actions__wire.txt"))!;

        var ack = await _bot.Slack.SocketMode.SendInteractiveAsync(fixture["payload"]!.AsObject());

        Assert.That(ack, Is.Not.Null, "no ack within 3 s");
        Assert.That(ack!["payload"], Is.Null);
        Assert.That(_bot.Slack.SocketMode.AckProblems, Is.Empty);
    }

    [Test]
    public async Task MemberJoined_RedeliveredOnANewConnection_TakesEffectOnce()
    {
        await SocketModeScenario.DeclareAsync(_bot, "Login errors");
        await _bot.WaitForIdleAsync();
        var channel = SocketModeScenario.IncidentChannels(_bot.Slack).Single().Id;
        var joined = SocketModeScenario.EventCallback("EvJOIN1", new JsonObject
        {
            ["type"] = "member_joined_channel", ["user"] = "U3", ["channel"] = channel, ["channel_type"] = "C", ["team"] = "T0001",
        });

        var first = await _bot.Slack.SocketMode.SendEventAsync(joined);
        await _bot.Slack.SocketMode.DropAllAsync();
        await _bot.Slack.WaitForAsync(s => s.SocketMode.ConnectionCount == 1, Wait);
        var redelivered = await _bot.Slack.SocketMode.SendEventAsync(joined, retryAttempt: 1);

        Assert.That(new[] { first, redelivered }, Has.All.Not.Null);
        Assert.That(_bot.Slack.SocketMode.Acks.Select(a => a.ConnectionId).Distinct().Count(), Is.GreaterThanOrEqualTo(2));
        await _bot.WaitForIdleAsync();
        var incident = await _bot.Services.GetRequiredService<IncidentStore>().GetByChannelAsync(channel);
        var members = await _bot.Services.GetRequiredService<IncidentStore>().MembersAsync(incident!.Id);
        Assert.That(members.Count(m => m == "U3"), Is.EqualTo(1));
        Assert.That(await SocketModeDispatcherTests.QueuedEventCountAsync(_bot, "EvJOIN1"), Is.EqualTo(1));
    }
}
