namespace IncidentBot.Monitoring;

/// <summary><c>GET /metrics</c> (<see cref="MetricsScrape"/>), served in HTTP mode and Socket Mode alike.</summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static IEndpointRouteBuilder MapMetricsEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http, MetricsScrape scrape) => scrape.AnswerAsync(http));
        return app;
    }

    /// <summary>Times and counts every request by its route (<see cref="RequestMetricsMiddleware"/>); call before mapping endpoints.</summary>
    public static IApplicationBuilder UseRequestMetrics(this IApplicationBuilder app) => app.UseMiddleware<RequestMetricsMiddleware>();
}
