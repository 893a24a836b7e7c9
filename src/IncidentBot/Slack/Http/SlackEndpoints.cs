using IncidentBot.Slack.Commands;
using IncidentBot.Slack.Events;
using IncidentBot.Slack.Interactions;

namespace IncidentBot.Slack.Http;

/// <summary>
/// Maps <c>/slack/commands</c>, <c>/slack/interactions</c> and <c>/slack/events</c>, all signature-verified; maps
/// nothing in Socket Mode, where Slack's requests arrive over the WebSocket instead.
/// </summary>
public static class SlackEndpoints
{
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<SlackTransportOptions>() is { SocketMode: true })
        {
            return app;
        }

        // Verified first: a request that is not Slack's (or still trickling in unsigned) is not an answer Slack waits on,
        // and must not hold the follow-up work back.
        var slack = app.MapGroup("/slack").AddEndpointFilter<SignatureFilter>().AddEndpointFilter<ForegroundFilter>().DisableAntiforgery();
        slack.MapPost("/commands", (HttpContext http, CommandEndpoint endpoint) => endpoint.HandleAsync(http));
        slack.MapPost("/interactions", (HttpContext http, InteractionEndpoint endpoint) => endpoint.HandleAsync(http));
        slack.MapPost("/events", (HttpContext http, EventEndpoint endpoint) => endpoint.HandleAsync(http));
        return app;
    }
}
