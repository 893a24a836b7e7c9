namespace IncidentBot.Slack.Interactions;

/// <summary>Handles a modal submission by its <c>callback_id</c>; the result becomes Slack's <c>response_action</c>.</summary>
public interface IViewSubmissionHandler
{
    string CallbackId { get; }

    Task<ViewSubmissionResult> HandleAsync(InteractionPayload payload, CancellationToken ct);
}
