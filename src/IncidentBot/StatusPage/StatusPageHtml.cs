using System.Text;
using IncidentBot.Core.StatusPage;
using static System.Net.WebUtility;

namespace IncidentBot.StatusPage;

/// <summary>
/// The status page as HTML, rendered on the server: a banner with the overall state, the components, the live incidents
/// and those resolved recently, each with its stage, affected components and every public message newest first, with
/// times. Landmarks (header, nav, main, footer) and a heading per section and incident; no script.
/// </summary>
public static class StatusPageHtml
{
    public static string Render(StatusPageLook look, StatusBoard board)
    {
        ArgumentNullException.ThrowIfNull(look);
        ArgumentNullException.ThrowIfNull(board);
        var words = look.Words;
        var html = new StringBuilder(8192);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(HtmlEncode(look.LanguageCode)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"icon\" href=\"data:,\">\n<title>").Append(HtmlEncode(look.Title)).Append("</title>\n")
            .Append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"status.atom\" title=\"").Append(HtmlEncode(look.Title)).Append("\">\n")
            .Append("<style>").Append(StatusPageStyle.Css).Append("</style>\n</head>\n<body>\n");
        Header(html, look);
        html.Append("<main>\n<p class=\"banner ").Append(ComponentStates.Key(board.Overall)).Append("\" id=\"banner\">")
            .Append(HtmlEncode(words[$"statuspage.banner.{ComponentStates.Key(board.Overall)}"])).Append("</p>\n");
        Components(html, look, board.Components);
        Incidents(html, look, "current", words["statuspage.page.current"], board.Live, words["statuspage.page.none"]);
        Incidents(html, look, "resolved", words["statuspage.page.resolved"], board.Resolved, words["statuspage.page.none_resolved"]);
        html.Append("</main>\n<footer>\n<p>").Append(HtmlEncode(words.Text("statuspage.page.generated", ("time", look.Time(board.GeneratedAt)))))
            .Append(". ").Append(HtmlEncode(words.Text("statuspage.page.times_in", ("zone", look.ZoneId)))).Append("</p>\n<p><a href=\"status.atom\">")
            .Append(HtmlEncode(words["statuspage.page.subscribe"])).Append("</a> · <a href=\"status.json\">").Append(HtmlEncode(words["statuspage.page.json"]))
            .Append("</a></p>\n</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, StatusPageLook look)
    {
        html.Append("<header>\n");
        if (look.LogoUrl is { } logo)
        {
            html.Append("<img src=\"").Append(HtmlEncode(logo)).Append("\" alt=\"\">\n");
        }

        html.Append("<h1>").Append(HtmlEncode(look.Title)).Append("</h1>\n");
        if (look.Links.Count > 0)
        {
            html.Append("<nav aria-label=\"").Append(HtmlEncode(look.Title)).Append("\"><ul>");
            foreach (var (text, url) in look.Links)
            {
                html.Append("<li><a href=\"").Append(HtmlEncode(url)).Append("\">").Append(HtmlEncode(text)).Append("</a></li>");
            }

            html.Append("</ul></nav>\n");
        }

        html.Append("</header>\n");
    }

    private static void Components(StringBuilder html, StatusPageLook look, IReadOnlyList<BoardComponent> components)
    {
        if (components.Count == 0)
        {
            return;
        }

        html.Append("<section aria-labelledby=\"components\">\n<h2 id=\"components\">").Append(HtmlEncode(look.Words["statuspage.page.components"]))
            .Append("</h2>\n<ul class=\"components\">\n");
        foreach (var component in components)
        {
            html.Append("<li><span>").Append(HtmlEncode(component.Name)).Append("</span>").Append(State(look, component.State)).Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static void Incidents(StringBuilder html, StatusPageLook look, string id, string heading, IReadOnlyList<BoardIncident> incidents, string none)
    {
        html.Append("<section aria-labelledby=\"").Append(id).Append("\">\n<h2 id=\"").Append(id).Append("\">").Append(HtmlEncode(heading)).Append("</h2>\n");
        if (incidents.Count == 0)
        {
            html.Append("<p>").Append(HtmlEncode(none)).Append("</p>\n");
        }

        foreach (var incident in incidents)
        {
            Incident(html, look, incident);
        }

        html.Append("</section>\n");
    }

    private static void Incident(StringBuilder html, StatusPageLook look, BoardIncident incident)
    {
        var words = look.Words;
        var name = incident.Affected.Count > 0 ? string.Join(", ", incident.Affected.Select(c => c.Name)) : words["statuspage.page.service_disruption"];
        html.Append("<article id=\"").Append(incident.Reference.ToLowerInvariant()).Append("\" aria-labelledby=\"").Append(incident.Reference.ToLowerInvariant())
            .Append("-h\">\n<h3 id=\"").Append(incident.Reference.ToLowerInvariant()).Append("-h\">").Append(HtmlEncode(name)).Append("</h3>\n")
            .Append("<p class=\"meta\"><span class=\"stage\">").Append(HtmlEncode(words[$"statuspage.stage.{incident.Stage}"])).Append("</span> · ")
            .Append(HtmlEncode(incident.Reference)).Append(" · ").Append(HtmlEncode(words.Text("statuspage.page.started", ("time", look.Time(incident.DeclaredAt)))));
        if (incident.ResolvedAt is { } resolved)
        {
            html.Append(" · ").Append(HtmlEncode(words.Text("statuspage.page.resolved_at", ("time", look.Time(resolved)))));
        }

        html.Append("</p>\n");
        if (incident.Affected.Count > 0)
        {
            html.Append("<p class=\"meta\">").Append(HtmlEncode(words.Text("statuspage.page.affected", ("components",
                string.Join(", ", incident.Affected.Select(c => $"{c.Name} ({words[$"statuspage.state.{ComponentStates.Key(c.State)}"]})")))))).Append("</p>\n");
        }

        html.Append("<ol class=\"messages\" aria-label=\"").Append(HtmlEncode(words["statuspage.page.updates"])).Append("\">\n");
        foreach (var message in incident.Messages)
        {
            html.Append("<li><strong>").Append(HtmlEncode(words[$"statuspage.stage.{message.Stage}"])).Append("</strong> · <time datetime=\"")
                .Append(message.PostedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)).Append("\">")
                .Append(HtmlEncode(look.Time(message.PostedAt))).Append("</time>\n<p>").Append(HtmlEncode(message.Text)).Append("</p></li>\n");
        }

        html.Append("</ol>\n</article>\n");
    }

    private static string State(StatusPageLook look, ComponentState state) =>
        $"<span class=\"state {ComponentStates.Key(state)}\">{HtmlEncode(look.Words[$"statuspage.state.{ComponentStates.Key(state)}"])}</span>";
}
