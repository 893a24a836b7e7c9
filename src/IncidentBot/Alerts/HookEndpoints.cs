namespace IncidentBot.Alerts;

/// <summary>Maps the alert intake, <c>POST /hooks/{source}</c>, outside the Slack-signed routes.</summary>
public static class HookEndpoints
{
    public static IEndpointRouteBuilder MapAlertHooks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/hooks/{source}", (HttpContext http, string source, HookEndpoint endpoint) => endpoint.HandleAsync(http, source))
            .DisableAntiforgery();
        return app;
    }
}
