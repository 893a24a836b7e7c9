using IncidentBot.Slack.Http;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary><c>POST /slack/interactions</c>: a form with one <c>payload</c> field holding JSON.</summary>
public sealed class InteractionEndpoint(InteractionRouter router, MentionFence fence)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var payload = InteractionPayload.Parse(SlackRequestBody.From(http).Form().GetValueOrDefault("payload"));
        if (payload is null)
        {
            return Results.BadRequest("malformed interaction: expected a form field 'payload' holding a JSON object with a type");
        }

        var ack = await router.RouteAsync(payload, http.RequestAborted);
        return ack is null ? Results.Ok() : Results.Json(fence.Json(ack));
    }
}
