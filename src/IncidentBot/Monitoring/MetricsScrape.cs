using Prometheus;

namespace IncidentBot.Monitoring;

/// <summary>
/// Answers a scrape: every metric in Prometheus' text format, or in OpenMetrics when the scraper asks for it. Refused with
/// 401 without the token when one is configured (<see cref="MetricsAccess"/>). It never answers 500: a database read that
/// fails leaves its gauges as they were (<see cref="StoredStateGauges"/>), and a failure to write the rest is a 503.
/// </summary>
public sealed partial class MetricsScrape(MetricsAccess access, StoredStateGauges gauges, CollectorRegistry registry, ILogger<MetricsScrape> logger)
{
    public const string PrometheusContentType = "text/plain; version=0.0.4; charset=utf-8";
    public const string OpenMetricsContentType = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    public async Task<IResult> AnswerAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!access.Admits(http.Request.Headers.Authorization))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Text("metrics need Authorization: Bearer <IncidentBot__MetricsToken>", statusCode: StatusCodes.Status401Unauthorized);
        }

        var ct = http.RequestAborted;
        var openMetrics = http.Request.Headers.Accept.Any(a => a?.Contains("application/openmetrics-text", StringComparison.OrdinalIgnoreCase) == true);
        try
        {
            await gauges.RefreshAsync(ct);

            // Written whole before the answer starts, so a failure midway is a 503 rather than half an exposition.
            using var text = new MemoryStream();
            await registry.CollectAndExportAsTextAsync(text, openMetrics ? ExpositionFormat.OpenMetricsText : ExpositionFormat.PrometheusText, ct);
            return Results.Bytes(text.ToArray(), openMetrics ? OpenMetricsContentType : PrometheusContentType);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The scraper went away; nobody reads the answer.
            return Results.StatusCode(StatusCodes.Status499ClientClosedRequest);
        }
        catch (Exception ex)
        {
            ExportFailed(logger, ex.GetType().Name);
            return Results.Text("metrics are unavailable for the moment", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning, Message = "Metrics could not be written ({Failure}); answered 503")]
    private static partial void ExportFailed(ILogger logger, string failure);
}
