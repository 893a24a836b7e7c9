using IncidentBot.Slack.Http;

namespace IncidentBot.Slack.Commands;

/// <summary><c>POST /slack/commands</c>: parse the form, route, answer at once.</summary>
public sealed class CommandEndpoint(CommandRouter router)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var fields = SlackRequestBody.From(http).Form();
        if (fields.GetValueOrDefault("ssl_check") == "1")
        {
            return Results.Ok();
        }

        if (SlashCommand.From(fields) is not { } command)
        {
            return Results.BadRequest("malformed slash command: user_id and channel_id are required");
        }

        var reply = await router.RouteAsync(command, http.RequestAborted);
        return reply.ToJson() is { } json ? Results.Json(json) : Results.Ok();
    }
}
