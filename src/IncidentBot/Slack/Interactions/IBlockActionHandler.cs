namespace IncidentBot.Slack.Interactions;

/// <summary>Handles a button or select by its <c>action_id</c>.</summary>
public interface IBlockActionHandler
{
    string ActionId { get; }

    Task HandleAsync(InteractionPayload payload, System.Text.Json.Nodes.JsonObject action, CancellationToken ct);
}
