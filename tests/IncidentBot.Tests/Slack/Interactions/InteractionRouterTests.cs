using System.Text.Json.Nodes;
using IncidentBot.Slack.Interactions;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace IncidentBot.Tests.Slack.Interactions;

public sealed class InteractionRouterTests
{
    private static InteractionRouter CreateSut(IBlockActionHandler? action = null, IViewSubmissionHandler? submission = null) =>
        new(action is null ? [] : [action], submission is null ? [] : [submission], NullLogger<InteractionRouter>.Instance);

    private static InteractionPayload Payload(string json) => InteractionPayload.Parse(json)!;

    [Test]
    public async Task Route_SubmissionHandlerThrows_PushesAFailureViewInsteadOfAnError()
    {
        var handler = new Mock<IViewSubmissionHandler>();
        handler.SetupGet(h => h.CallbackId).Returns("declare");
        handler.Setup(h => h.HandleAsync(It.IsAny<InteractionPayload>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("database is locked"));

        var ack = await CreateSut(submission: handler.Object).RouteAsync(
            Payload("""{"type":"view_submission","user":{"id":"U1"},"view":{"id":"V1","callback_id":"declare"}}"""), default);

        Assert.That(ack?["response_action"]?.GetValue<string>(), Is.EqualTo("push"));
        Assert.That(ack!["view"]!.ToJsonString(), Does.Contain("nothing was changed"));
    }

    [Test]
    public async Task Route_ButtonHandlerThrows_AcknowledgesQuietly()
    {
        var handler = new Mock<IBlockActionHandler>();
        handler.SetupGet(h => h.ActionId).Returns("take_ic");
        handler.Setup(h => h.HandleAsync(It.IsAny<InteractionPayload>(), It.IsAny<JsonObject>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("boom"));

        var ack = await CreateSut(action: handler.Object).RouteAsync(
            Payload("""{"type":"block_actions","user":{"id":"U1"},"actions":[{"action_id":"take_ic","value":"1"}]}"""), default);

        Assert.That(ack, Is.Null);
        handler.Verify(h => h.HandleAsync(It.IsAny<InteractionPayload>(), It.IsAny<JsonObject>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestCase("""{"type":"block_actions","actions":[{"action_id":42}]}""")]
    [TestCase("""{"type":"block_actions","actions":[null,"x",{"action_id":null}]}""")]
    [TestCase("""{"type":"block_actions","actions":{"action_id":"take_ic"}}""")]
    public async Task Route_ActionsOfTheWrongShape_AreIgnored(string json)
    {
        var handler = new Mock<IBlockActionHandler>();
        handler.SetupGet(h => h.ActionId).Returns("take_ic");

        var ack = await CreateSut(action: handler.Object).RouteAsync(Payload(json), default);

        Assert.That(ack, Is.Null);
        handler.Verify(h => h.HandleAsync(It.IsAny<InteractionPayload>(), It.IsAny<JsonObject>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
