namespace IncidentBot.Monitoring;

/// <summary>
/// Times every request the bot answers and counts its status (<see cref="HttpMetrics"/>), those refused before their body
/// is read included (a bad signature, a body too large): routing has run, so the route is the endpoint's template, never
/// the path a client sent.
/// </summary>
public sealed class RequestMetricsMiddleware(RequestDelegate next, HttpMetrics metrics, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = time.GetTimestamp();
        try
        {
            await next(context);
        }
        catch (Exception)
        {
            // The server answers 500 for an exception that reaches it before the answer has started.
            Observe(context, started, context.Response.HasStarted ? context.Response.StatusCode : StatusCodes.Status500InternalServerError);
            throw;
        }

        Observe(context, started, context.Response.StatusCode);
    }

    private void Observe(HttpContext context, long started, int status) =>
        metrics.Observe(RouteOf(context), status, time.GetElapsedTime(started));

    /// <summary>The template of the endpoint that took the request, or <see cref="HttpMetrics.OtherRoute"/>.</summary>
    public static string RouteOf(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { Length: > 0 } template } ? template : HttpMetrics.OtherRoute;
}
