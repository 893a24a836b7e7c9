using System.Text.Json.Nodes;
using IncidentBot.Slack.SocketMode;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.SocketMode;

/// <summary>Parsing Slack's real Socket Mode frames (docs examples and python-slack-sdk's mock server) and building acks.</summary>
[TestFixture]
public sealed class SocketFrameTests
{
    private const string Docs = "slack-docs-examples/socket_mode__";
    private const string Python = "python-slack-sdk/extracted__tests__slack_sdk__socket_mode__mock_socket_mode_server.py__";

    [Test]
    public void Parse_DocsHello_ReadsConnectionCountAndLifetime()
    {
        var frame = SocketFrame.Parse(SharedFixtures.ReadText(Docs + "hello.json"));

        Assert.That(frame, Is.EqualTo(new SocketFrame.Hello(1, TimeSpan.FromHours(1))));
    }

    [Test]
    public void Parse_PythonMockHello_ReadsConnectionCountAndLifetime()
    {
        var frame = SocketFrame.Parse(SharedFixtures.ReadText(Python + "socket_mode_hello_message.json"));

        Assert.That(frame, Is.EqualTo(new SocketFrame.Hello(2, TimeSpan.FromSeconds(18060))));
    }

    [TestCase(Docs + "disconnect_refresh_requested.json", DisconnectReasons.RefreshRequested)]
    [TestCase(Docs + "disconnect_warning.json", DisconnectReasons.Warning)]
    [TestCase(Docs + "disconnect_link_disabled.json", DisconnectReasons.LinkDisabled)]
    [TestCase(Python + "socket_mode_disconnect_message.json", DisconnectReasons.TooManyWebsockets)]
    public void Parse_DisconnectFrame_ReadsReason(string fixture, string reason)
    {
        Assert.That(SocketFrame.Parse(SharedFixtures.ReadText(fixture)), Is.EqualTo(new SocketFrame.Disconnect(reason)));
    }

    [Test]
    public void Parse_DocsSlashCommandEnvelope_ReadsIdTypeAndPayload()
    {
        var frame = SocketFrame.Parse(SharedFixtures.ReadText(Docs + "slash_commands_envelope.json"));

        var envelope = frame as SocketFrame.Envelope;
        Assert.That(envelope, Is.Not.Null);
        Assert.That(envelope!.EnvelopeId, Is.EqualTo("dbdd0ef3-1543-4f94-bfb4-133d0e6c1545"));
        Assert.That(envelope.Type, Is.EqualTo("slash_commands"));
        Assert.That(envelope.AcceptsResponsePayload, Is.True);
        Assert.That(envelope.Payload?["command"]?.GetValue<string>(), Is.EqualTo("/randorilke"));
    }

    [TestCase("envelope_1_events_api_app_mention__wire.txt", "events_api", false)]
    [TestCase("envelope_0_slash_commands_slash_commands__wire.txt", "slash_commands", true)]
    [TestCase("envelope_2_interactive_shortcut__wire.txt", "interactive", false)]
    [TestCase("envelope_4_interactive_block_actions__wire.txt", "interactive", false)]
    public void Parse_PythonMockWireEnvelope_ReadsTypeAndResponsePermission(string fixture, string type, bool accepts)
    {
        var envelope = SocketFrame.Parse(SharedFixtures.ReadText(Python + fixture)) as SocketFrame.Envelope;

        Assert.That(envelope?.Type, Is.EqualTo(type));
        Assert.That(envelope!.AcceptsResponsePayload, Is.EqualTo(accepts));
        Assert.That(envelope.Payload, Is.Not.Null);
        Assert.That(envelope.RetryAttempt, Is.Zero);
        Assert.That(envelope.RetryReason, Is.Null, "an empty retry_reason means no retry");
    }

    [Test]
    public void Parse_RedeliveredEvent_ReadsRetryAttemptAndReason()
    {
        var envelope = SocketFrame.Parse("""{"envelope_id":"e1","type":"events_api","payload":{},"retry_attempt":2,"retry_reason":"timeout"}""");

        Assert.That(envelope, Is.EqualTo(new SocketFrame.Envelope("e1", "events_api", ((SocketFrame.Envelope)envelope).Payload, false, 2, "timeout")));
    }

    [TestCase("not json at all", null)]
    [TestCase("[1,2]", null)]
    [TestCase("""{"type":"events_api","payload":{}}""", null)]
    [TestCase("""{"envelope_id":"e9","payload":{}}""", "e9")]
    public void Parse_UnusableFrame_IsUnreadableKeepingAnyEnvelopeId(string text, string? envelopeId)
    {
        var frame = SocketFrame.Parse(text);

        Assert.That(frame, Is.TypeOf<SocketFrame.Unreadable>());
        Assert.That(((SocketFrame.Unreadable)frame).EnvelopeId, Is.EqualTo(envelopeId));
    }

    [Test]
    public void Ack_WithoutPayload_MatchesDocsMinimalAck()
    {
        var envelope = new SocketFrame.Envelope("dbdd0ef3-1543-4f94-bfb4-133d0e6c1545", "events_api", [], false);

        var expected = JsonNode.Parse(SharedFixtures.ReadText(Docs + "ack_minimal.json"));
        Assert.That(JsonNode.DeepEquals(envelope.Ack(null), expected), Is.True);
    }

    [Test]
    public void Ack_WhenResponseAccepted_MatchesDocsAckWithPayload()
    {
        var expected = JsonNode.Parse(SharedFixtures.ReadText(Docs + "slash_commands_ack_with_payload.json"))!;
        var envelope = new SocketFrame.Envelope("dbdd0ef3-1543-4f94-bfb4-133d0e6c1545", "slash_commands", [], true);

        var ack = envelope.Ack(expected["payload"]!.DeepClone().AsObject());

        Assert.That(JsonNode.DeepEquals(ack, expected), Is.True);
    }

    [Test]
    public void Ack_WhenResponseNotAccepted_DropsThePayload()
    {
        var envelope = new SocketFrame.Envelope("e2", "interactive", [], AcceptsResponsePayload: false);

        var ack = envelope.Ack(new JsonObject { ["text"] = "hi" });

        Assert.That(ack.ToJsonString(), Is.EqualTo("""{"envelope_id":"e2"}"""));
    }
}
