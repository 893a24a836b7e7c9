using Microsoft.AspNetCore.Mvc;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Api;

namespace IncidentBot.Web;

/// <summary>
/// <c>GET /incidents</c> (newest first; filters and words as <see cref="IncidentListQuery"/> reads them), <c>GET /incidents/{n}</c>
/// (<c>?version=</c> picks a post-mortem version) and <c>GET /incidents/{n}/postmortem.md</c> (the Markdown as a download), for
/// a signed-in member only; others are sent to sign in. A private incident exists only for its members: to anyone else
/// its page is the same 404 as a number never used.
/// </summary>
public static class IncidentPages
{
    public static IEndpointRouteBuilder MapIncidentPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/incidents", ListAsync);
        app.MapGet("/incidents/{number}", IncidentAsync);
        app.MapGet("/incidents/{number}/postmortem.md", PostmortemMarkdownAsync);
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

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var list = await incidents.ListVisibleAsync(session.UserId, filter, http.RequestAborted);
        var matching = list.Count < filter.Limit ? list.Count : await incidents.CountVisibleAsync(session.UserId, filter, http.RequestAborted);
        var body = IncidentListHtml.Render(words, ladder, types, query, list, zone, matching);
        ServerTiming(http, started);
        return WebPage.Html(WebFrame.Page(words, session, words["web.incidents"], body));
    }

    private static async Task<IResult> IncidentAsync(
        HttpContext http, [FromServices] SessionCookie cookies, [FromServices] IncidentStore incidents, [FromServices] TimelineStore timeline, [FromServices] ActionItemStore actions, [FromServices] TicketStore tickets, [FromServices] SeverityLadder ladder,
        [FromServices] RoleCatalog roles, [FromServices] SlackUserNames names, [FromServices] PostmortemStore postmortems, string number, string? version)
    {
        if (cookies.Session(http.Request) is not { } session)
        {
            return SignIn(http);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var words = WordsFor(session);
        var ct = http.RequestAborted;
        if (await VisibleAsync(incidents, session, number, ct) is not { } incident)
        {
            return NotFound(words, session, words.Text("web.incident.not_found", ("number", number)));
        }

        var versions = await postmortems.ListVersionsAsync(incident.Id, ct);
        var shown = await PostmortemAsync(postmortems, incident, versions, version, ct);
        if (shown is null && version is not null)
        {
            return NotFound(words, session, words.Text("web.postmortem.no_version", ("version", version), ("incident", incident.Reference)));
        }

        var entries = await timeline.ListAsync(incident.Id, ct);
        var items = await actions.ListAsync(incident.Id, ct);
        var people = incident.Roles.Values.Concat(items.Select(i => i.Owner)).Concat(entries.Select(e => e.UserId))
            .Concat(entries.SelectMany(e => SlackTextPlain.MentionedUsers(e.Text))).Concat(items.SelectMany(i => SlackTextPlain.MentionedUsers(i.Text)))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var page = new IncidentView(incident, entries, items, await names.LookUpAsync(people, ct), Zone(session))
        {
            Related = await RelatedAsync(incidents, session, incident, ct), Postmortem = shown, PostmortemVersions = versions,
            Tickets = (await tickets.ForIncidentAsync(incident.Id, ct)).ToDictionary(t => t.ActionItemId),
        };
        var html = IncidentPageHtml.Render(words, ladder, roles, page);
        ServerTiming(http, started);
        return WebPage.Html(WebFrame.Page(words, session, incident.Reference, html));
    }

    /// <summary>The post-mortem's Markdown as a download: the latest version, or <c>?version=n</c>.</summary>
    private static async Task<IResult> PostmortemMarkdownAsync(
        HttpContext http, [FromServices] SessionCookie cookies, [FromServices] IncidentStore incidents, [FromServices] PostmortemStore postmortems, string number, string? version)
    {
        if (cookies.Session(http.Request) is not { } session)
        {
            return SignIn(http);
        }

        var words = WordsFor(session);
        var ct = http.RequestAborted;
        if (await VisibleAsync(incidents, session, number, ct) is not { } incident)
        {
            return NotFound(words, session, words.Text("web.incident.not_found", ("number", number)));
        }

        var versions = await postmortems.ListVersionsAsync(incident.Id, ct);
        if (await PostmortemAsync(postmortems, incident, versions, version, ct) is not { } postmortem)
        {
            return NotFound(words, session, version is null
                ? words.Text("web.postmortem.none", ("incident", incident.Reference))
                : words.Text("web.postmortem.no_version", ("version", version), ("incident", incident.Reference)));
        }

        var file = $"{incident.Reference}-postmortem-v{postmortem.Version}.md";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(System.Text.Encoding.UTF8.GetBytes(postmortem.Markdown), "text/markdown; charset=utf-8", file);
    }

    /// <summary>The incident numbered <paramref name="number"/> if the reader may see it: a private one only for its members.</summary>
    private static async Task<Incident?> VisibleAsync(IncidentStore incidents, WebSession session, string number, CancellationToken ct)
    {
        var incident = int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? await incidents.GetByNumberAsync(n, ct) : null;
        return incident is null || (incident.IsPrivate && !await incidents.IsMemberAsync(incident.Id, session.UserId, ct)) ? null : incident;
    }

    /// <summary>The version asked for (<c>?version=n</c>), or the latest when none is asked; null when there is no such version.</summary>
    private static async Task<StoredPostmortem?> PostmortemAsync(
        PostmortemStore postmortems, Incident incident, IReadOnlyList<(int Version, DateTimeOffset CompiledAt)> versions, string? version, CancellationToken ct)
    {
        if (version is null)
        {
            return versions.Count == 0 ? null : await postmortems.GetAsync(incident.Id, versions[0].Version, ct);
        }

        return int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) && versions.Any(x => x.Version == v)
            ? await postmortems.GetAsync(incident.Id, v, ct) : null;
    }

    /// <summary>
    /// Incidents linked to this one either way, the one it was related to at declaration or possibly duplicates, the one it
    /// was merged into and those merged into it: the ones the reader may see, lowest number first.
    /// </summary>
    private static async Task<IReadOnlyList<Incident>> RelatedAsync(IncidentStore incidents, WebSession session, Incident incident, CancellationToken ct)
    {
        var numbers = incident.Links.Concat(await incidents.MergedIntoAsync(incident.Number, ct))
            .Concat(new[] { incident.RelatedNumber, incident.PossiblyRelatedNumber, incident.MergedInto }.OfType<int>())
            .Where(n => n != incident.Number).Distinct().Order().ToList();
        var related = new List<Incident>();
        foreach (var n in numbers)
        {
            if (await VisibleAsync(incidents, session, n.ToString(System.Globalization.CultureInfo.InvariantCulture), ct) is { } visible)
            {
                related.Add(visible);
            }
        }

        return related;
    }

    /// <summary>How long the page took to read and render on the server (<c>Server-Timing: render;dur=…</c>, in ms).</summary>
    private static void ServerTiming(HttpContext http, long started) =>
        http.Response.Headers["Server-Timing"] = "render;dur=" + System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds
            .ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private static IResult NotFound(Words words, WebSession session, string message) =>
        WebPage.Html(WebFrame.Page(words, session, message, IncidentListHtml.Problem(message)), StatusCodes.Status404NotFound);

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
