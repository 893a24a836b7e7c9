using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Texts;

namespace IncidentBot.Web;

/// <summary>
/// <c>GET /insights?days=N</c> (1 to 365, <see cref="DefaultDays"/> by default), for a signed-in member only. The
/// figures follow the web view's rule: a private incident counts only for its members; for anyone else it is left out
/// of every count, chart and list.
/// </summary>
public static class InsightsPage
{
    public const int DefaultDays = 90;

    public static IEndpointRouteBuilder MapInsightsPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/insights", InsightsAsync);
        return app;
    }

    private static async Task<IResult> InsightsAsync(
        HttpContext http, [FromServices] SessionCookie cookies, [FromServices] InsightsService insights, [FromServices] SeverityLadder ladder,
        [FromServices] TimeProvider time, string? days)
    {
        if (cookies.Session(http.Request) is not { } session)
        {
            return Results.Redirect("/web/signin?return=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
        }

        var words = Words.In(Language.TryParse(session.Language, out var language) ? language : Language.English);
        var window = DefaultDays;
        if ((days is { Length: > 0 } && !int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out window)) || window is < 1 or > StatsWindow.MaxDays)
        {
            var usage = words.Text("insights.bad_days", ("max", StatsWindow.MaxDays), ("default", DefaultDays));
            return WebPage.Html(WebFrame.Page(words, session, usage, IncidentListHtml.Problem(usage)), StatusCodes.Status400BadRequest);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        var report = await insights.ReportAsync(now - TimeSpan.FromDays(window), now.AddMilliseconds(1), MetricsAudience.PrivateMembers(session.UserId), http.RequestAborted);
        var page = WebFrame.Page(words, session, words["insights.title"], InsightsHtml.Render(words, ladder, report, window));
        // How long the figures took to read and render on the server, as the incident pages report it.
        http.Response.Headers["Server-Timing"] = "render;dur=" + System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds
            .ToString("0.###", CultureInfo.InvariantCulture);
        return WebPage.Html(page);
    }
}
