using System.Text.Json;
using IncidentBot.Slack.Http;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>POST /slack/commands</c>: parse the form, route, answer at once.</summary>
public sealed class CommandEndpoint(CommandRouter router, MentionFence fence)
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
        return reply.Text is null ? Results.Ok() : new ReplyResult(reply with { Text = fence.Text(reply.Text), Blocks = fence.Json(reply.Blocks) });
    }

    /// <summary>Writes the reply's JSON straight into the response.</summary>
    private sealed class ReplyResult(CommandReply reply) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await using (var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter))
            {
                reply.WriteTo(writer);
            }

            await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted);
        }
    }
}
