using System.Text.Json.Nodes;
using IncidentBot.Slack.SocketMode;
using IncidentBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.SocketMode;

/// <summary>Real envelopes through the real routers of a Socket Mode host: what gets acknowledged, and with what.</summary>
[TestFixture]
public sealed class SocketModeDispatcherTests
{
    private const string Python = "python-slack-sdk/extracted__tests__slack_sdk__socket_mode__mock_socket_mode_server.py__";
    private BotHarness _bot = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _bot = await SocketModeBot.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private SocketModeDispatcher CreateSut() => _bot.Services.GetRequiredService<SocketModeDispatcher>();

    private static SocketFrame.Envelope Fixture(string name) =>
        (SocketFrame.Envelope)SocketFrame.Parse(SharedFixtures.ReadText(Python + name));

    [Test]
    public async Task Dispatch_SlashCommandAskingForHelp_AcksWithEphemeralHelp()
    {
        var envelope = Fixture("envelope_0_slash_commands_slash_commands__wire.txt");
        envelope.Payload!["text"] = "help";

        var ack = await CreateSut().DispatchAsync(envelope, CancellationToken.None);

        Assert.That(ack?["envelope_id"]?.GetValue<string>(), Is.EqualTo("1d3c79ab-0ffb-41f3-a080-d19e85f53649"));
        Assert.That(ack!["payload"]?["response_type"]?.GetValue<string>(), Is.EqualTo("ephemeral"));
        Assert.That(ack["payload"]?["text"]?.GetValue<string>(), Does.Contain("`/incident declare"));
    }

    [Test]
    public async Task Dispatch_SameEventTwice_AcksBothButQueuesItOnce()
    {
        var first = Fixture("envelope_1_events_api_app_mention__wire.txt");
        var retry = first with { EnvelopeId = "redelivered", RetryAttempt = 1, RetryReason = "timeout" };

        var firstAck = await CreateSut().DispatchAsync(first, CancellationToken.None);
        var retryAck = await CreateSut().DispatchAsync(retry, CancellationToken.None);

        Assert.That(firstAck?.ToJsonString(), Is.EqualTo("""{"envelope_id":"cda4159a-72a5-4744-aba3-4d66eb52682b"}"""));
        Assert.That(retryAck?.ToJsonString(), Is.EqualTo("""{"envelope_id":"redelivered"}"""));
        Assert.That(await QueuedEventCountAsync(_bot, "Ev111"), Is.EqualTo(1));
    }

    [TestCase("envelope_4_interactive_block_actions__wire.txt")]
    [TestCase("envelope_2_interactive_shortcut__wire.txt")]
    public async Task Dispatch_InteractionWithNothingToAnswer_AcksWithEnvelopeIdOnly(string fixture)
    {
        var envelope = Fixture(fixture);

        var ack = await CreateSut().DispatchAsync(envelope, CancellationToken.None);

        Assert.That(ack?.ToJsonString(), Is.EqualTo(new JsonObject { ["envelope_id"] = envelope.EnvelopeId }.ToJsonString()));
    }

    [TestCase("slash_commands", """{"text":"help"}""", TestName = "Dispatch_SlashCommandWithoutUserOrChannel_StillAcks")]
    [TestCase("interactive", """{"no":"type"}""", TestName = "Dispatch_InteractionWithoutType_StillAcks")]
    [TestCase("events_api", """{"type":"event_callback"}""", TestName = "Dispatch_EventWithoutEventId_StillAcks")]
    [TestCase("something_new", "{}", TestName = "Dispatch_UnknownEnvelopeType_StillAcks")]
    [TestCase("slash_commands", null, TestName = "Dispatch_EnvelopeWithoutPayload_StillAcks")]
    public async Task Dispatch_Unusable_StillAcksSoSlackDoesNotRedeliver(string type, string? payload)
    {
        var envelope = new SocketFrame.Envelope("bad-1", type, payload is null ? null : JsonNode.Parse(payload)!.AsObject(), true);

        var ack = await CreateSut().DispatchAsync(envelope, CancellationToken.None);

        Assert.That(ack?.ToJsonString(), Is.EqualTo("""{"envelope_id":"bad-1"}"""));
    }

    /// <summary>How many times the event was queued for handling (the <c>event_id</c> dedupe should make it one).</summary>
    internal static async Task<long> QueuedEventCountAsync(BotHarness bot, string eventId)
    {
        return await bot.Database.ReadAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<long>(c,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'slack_event' AND payload LIKE @pattern", new { pattern = $"%\"event_id\":\"{eventId}\"%" }));
    }
}
