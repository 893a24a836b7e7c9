using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// Routes block actions by <c>action_id</c> and view submissions by <c>callback_id</c>. A handler that fails is logged
/// and answered as well as Slack allows (a modal shows what went wrong, a button's clicker is told), never with an HTTP
/// error; in that person's words.
/// </summary>
public sealed class InteractionRouter(
    IEnumerable<IBlockActionHandler> actions,
    IEnumerable<IViewSubmissionHandler> submissions,
    ActionReply reply,
    Messages.Wording wording,
    ILogger<InteractionRouter> logger)
{
    private readonly Dictionary<string, IBlockActionHandler> _actions = actions.ToDictionary(a => a.ActionId, StringComparer.Ordinal);
    private readonly Dictionary<string, IViewSubmissionHandler> _submissions = submissions.ToDictionary(s => s.CallbackId, StringComparer.Ordinal);

    /// <summary>Handles the payload; returns the JSON ack body, or null for an empty 200.</summary>
    public async Task<JsonObject?> RouteAsync(InteractionPayload payload, CancellationToken ct)
    {
        switch (payload.Type)
        {
            case "view_submission" when payload.CallbackId is { } id && _submissions.TryGetValue(id, out var handler):
                return await SubmitAsync(handler, payload, ct);
            case "block_actions":
                foreach (var action in payload.Actions)
                {
                    if (InteractionPayload.ActionString(action, "action_id") is { } actionId && _actions.TryGetValue(actionId, out var a))
                    {
                        await ActAsync(a, payload, action, ct);
                    }
                }

                return null;
            default:
                logger.LogDebug("Ignored interaction {InteractionType}", payload.Type);
                return null;
        }
    }

    private async Task<JsonObject?> SubmitAsync(IViewSubmissionHandler handler, InteractionPayload payload, CancellationToken ct)
    {
        try
        {
            return (await handler.HandleAsync(payload, ct)).ToJson();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Form {CallbackId} failed for {UserId}", handler.CallbackId, payload.UserId);
            return Messages.FailureModal.Push(await wording.ForAsync(payload, ct));
        }
    }

    private async Task ActAsync(IBlockActionHandler handler, InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        try
        {
            await handler.HandleAsync(payload, action, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Button {ActionId} failed for {UserId}", handler.ActionId, payload.UserId);
            await TellClickerAsync(payload, Messages.CommandAnswers.ButtonFailed(await wording.ForAsync(payload, CancellationToken.None)), ct);
        }
    }

    private async Task TellClickerAsync(InteractionPayload payload, string text, CancellationToken ct)
    {
        try
        {
            await reply.SendAsync(payload, text, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not tell {UserId} that their click failed", payload.UserId);
        }
    }
}
