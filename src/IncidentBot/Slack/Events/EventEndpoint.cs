using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Slack.Http;

namespace IncidentBot.Slack.Events;

/// <summary>
/// <c>POST /slack/events</c>: answers <c>url_verification</c>; records each <c>event_callback</c> once by
/// <c>event_id</c> (Slack's retries included) and queues it, then acknowledges.
/// </summary>
public sealed class EventEndpoint(EventIntake intake, ILogger<EventEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(SlackRequestBody.From(http).Raw) as JsonObject;
        }
        catch (JsonException)
        {
            json = null;
        }

        if (json is null)
        {
            return Results.BadRequest("malformed event: expected a JSON object");
        }

        try
        {
            return await intake.AcceptAsync(json, http.RequestAborted) switch
            {
                EventIntakeResult.Challenge c => Results.Json(new JsonObject { ["challenge"] = c.Value }),
                EventIntakeResult.Malformed m => Results.BadRequest(m.Reason),
                _ => Results.Ok(),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not recorded: answer "unavailable" so Slack delivers the event again rather than losing it.
            logger.LogError(ex, "Could not record a Slack event");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }
}
