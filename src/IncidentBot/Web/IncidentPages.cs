using Microsoft.AspNetCore.Mvc;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Api;

namespace IncidentBot.Web;

/// <summary>
/// <c>GET /incidents</c> (newest first; filters and words as <see cref="IncidentListQuery"/> reads them) and <c>GET /incidents/{n}</c>, for
/// a signed-in member only; others are sent to sign in. A private incident exists only for its members: to anyone else
/// its page is the same 404 as a number never used.
/// </summary>
public static class IncidentPages
{
    public static IEndpointRouteBuilder MapIncidentPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/incidents", ListAsync);
        app.MapGet("/incidents/{number}", IncidentAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, [FromServices] SessionCookie cookies, [FromServices] IncidentStore incidents, [FromServices] SeverityLadder ladder,
        [FromServices] IncidentTypeCatalog types, string? status, string? severity, string? type, string? service, string? from, string? to, string? q)
    {
        if (cookies.Session(http.Request) is not { } session)
        {
            return SignIn(http);
        }

        var words = WordsFor(session);
        var zone = Zone(session);
        var query = new IncidentListQuery(status, severity, type, service, from, to, q);
        if (query.ToFilter(ladder, types, zone) is not { } filter)
        {
            var usage = words.Text("web.list.bad_filter", ("severities", ladder.DescribeKeys(words)), ("types", types.DescribeKeys(words)));
            return WebPage.Html(WebFrame.Page(words, session, usage, IncidentListHtml.Problem(usage)), StatusCodes.Status400BadRequest);
        }

        var list = await incidents.ListVisibleAsync(session.UserId, filter, http.RequestAborted);
        return WebPage.Html(WebFrame.Page(words, session, words["web.incidents"], IncidentListHtml.Render(words, ladder, types, query, list, zone)));
    }

    private static async Task<IResult> IncidentAsync(
        HttpContext http, [FromServices] SessionCookie cookies, [FromServices] IncidentStore incidents, [FromServices] TimelineStore timeline, [FromServices] ActionItemStore actions, [FromServices] SeverityLadder ladder,
        [FromServices] RoleCatalog roles, [FromServices] SlackUserNames names, string number)
    {
        if (cookies.Session(http.Request) is not { } session)
        {
            return SignIn(http);
        }

        var words = WordsFor(session);
        var ct = http.RequestAborted;
        var incident = int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? await incidents.GetByNumberAsync(n, ct) : null;
        if (incident is null || (incident.IsPrivate && !await incidents.IsMemberAsync(incident.Id, session.UserId, ct)))
        {
            var missing = words.Text("web.incident.not_found", ("number", number));
            return WebPage.Html(WebFrame.Page(words, session, missing, IncidentListHtml.Problem(missing)), StatusCodes.Status404NotFound);
        }

        var entries = await timeline.ListAsync(incident.Id, ct);
        var items = await actions.ListAsync(incident.Id, ct);
        var people = incident.Roles.Values.Concat(items.Select(i => i.Owner)).Concat(entries.Select(e => e.UserId))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var page = new IncidentView(incident, entries, items, await names.LookUpAsync(people, ct), Zone(session));
        return WebPage.Html(WebFrame.Page(words, session, incident.Reference, IncidentPageHtml.Render(words, ladder, roles, page)));
    }

    private static IResult SignIn(HttpContext http) =>
        Results.Redirect("/web/signin?return=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));

    private static Words WordsFor(WebSession session) =>
        Words.In(Language.TryParse(session.Language, out var language) ? language : Language.English);

    private static TimeZoneInfo Zone(WebSession session)
    {
        try
        {
            return Hosting.ZoneClock.Find(session.Zone);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
