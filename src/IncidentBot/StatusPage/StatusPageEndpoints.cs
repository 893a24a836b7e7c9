using System.Diagnostics;
using System.Globalization;
using IncidentBot.Core.StatusPage;
using IncidentBot.Web;

namespace IncidentBot.StatusPage;

/// <summary>
/// <c>GET /status</c> (HTML), <c>/status.json</c> and <c>/status.atom</c>: public, unauthenticated, read-only. Each answer
/// may be cached for <c>CacheFor</c> and says how long it took to build (<c>Server-Timing: render;dur=…</c>, in ms).
/// </summary>
public static class StatusPageEndpoints
{
    public static IEndpointRouteBuilder MapStatusPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/status", (HttpContext http, StatusPageService service, StatusPageLook look, CancellationToken ct) =>
            AnswerAsync(http, service, look, "text/html; charset=utf-8", board => StatusPageHtml.Render(look, board), ct));
        app.MapGet("/status.json", (HttpContext http, StatusPageService service, StatusPageLook look, CancellationToken ct) =>
            AnswerAsync(http, service, look, "application/json; charset=utf-8", board => StatusPageJson.Build(look, board).ToJsonString(), ct));
        app.MapGet("/status.atom", (HttpContext http, StatusPageService service, StatusPageLook look, WebSettings web, CancellationToken ct) =>
            AnswerAsync(http, service, look, "application/atom+xml; charset=utf-8", board => StatusPageAtom.Build(look, board, PageUrl(web, http.Request)), ct));
        return app;
    }

    private static async Task<IResult> AnswerAsync(
        HttpContext http, StatusPageService service, StatusPageLook look, string contentType, Func<StatusBoard, string> render, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var body = render(await service.BoardAsync(ct));
        var took = Stopwatch.GetElapsedTime(started);
        var headers = http.Response.Headers;
        headers.CacheControl = $"public, max-age={(long)look.CacheFor.TotalSeconds}";
        headers["Server-Timing"] = $"render;dur={took.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)}";
        headers.XContentTypeOptions = "nosniff";
        return Results.Text(body, contentType);
    }

    /// <summary>
    /// The page's own absolute address: under the bot's public address when one is configured (behind a TLS proxy the
    /// request itself says only http and the proxy's upstream host), otherwise as the reader asked for it.
    /// </summary>
    private static string PageUrl(WebSettings web, HttpRequest request) =>
        web.PublicUrl is { } publicUrl ? new Uri(publicUrl, "status").AbsoluteUri : $"{request.Scheme}://{request.Host}{request.PathBase}/status";
}
