using System.Text;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using static System.Net.WebUtility;

namespace IncidentBot.Web;

/// <summary>
/// One incident: its brief, roles, status history, timeline in the reader's zone (oldest first), action items, related
/// incidents, and its post-mortem rendered from Markdown with every version listed and a download of the Markdown.
/// </summary>
public static class IncidentPageHtml
{
    public static string Render(Words words, SeverityLadder ladder, RoleCatalog roles, IncidentView view)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(view);
        var incident = view.Incident;
        var html = new StringBuilder(8192).Append("<h1>").Append(HtmlEncode($"{incident.Reference}: {view.Readable(incident.Title)}")).Append("</h1>\n<dl id=\"brief\">");
        Fact(html, words["web.severity"], IncidentListHtml.SeverityLabel(words, ladder, incident.SeverityKey));
        Fact(html, words["web.status"], words.Status(incident.Status));
        Fact(html, words["web.declared"], Time(words, view, incident.DeclaredAt));
        Fact(html, words["web.summary"], incident.Summary is null ? "—" : view.Readable(incident.Summary));
        Fact(html, words["web.impact"], incident.Impact is null ? "—" : view.Readable(incident.Impact));
        html.Append("</dl>\n<h2>").Append(HtmlEncode(words["web.roles"])).Append("</h2>\n<dl id=\"roles\">");
        foreach (var (key, user) in incident.Roles.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            Fact(html, roles.Find(key) is { } role ? words.RoleName(role) : key, view.Name(user));
        }

        html.Append("</dl>\n");
        StatusHistory(html, words, view);
        html.Append("<h2>").Append(HtmlEncode(words["web.timeline"])).Append("</h2>\n<p>")
            .Append(HtmlEncode(words.Text("web.times_in", ("zone", view.Zone.Id)))).Append("</p>\n<ol id=\"timeline\">\n");
        foreach (var entry in view.Timeline.OrderBy(e => e.OccurredAt))
        {
            html.Append("<li><time datetime=\"").Append(entry.OccurredAt.UtcDateTime.ToString("o", System.Globalization.CultureInfo.InvariantCulture)).Append("\">")
                .Append(HtmlEncode(Time(words, view, entry.OccurredAt))).Append("</time> ").Append(HtmlEncode(view.Readable(entry.Text)));
            if (entry.UserId is { } who)
            {
                html.Append(" — ").Append(HtmlEncode(view.Name(who)));
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n<h2>").Append(HtmlEncode(words["web.action_items"])).Append("</h2>\n<ul id=\"actions\">\n");
        foreach (var item in view.ActionItems)
        {
            html.Append("<li>").Append(HtmlEncode($"#{item.Number} {view.Readable(item.Text)}")).Append(" — ").Append(HtmlEncode(view.Name(item.Owner)))
                .Append(item.Due is { } due ? $" · {HtmlEncode(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}" : string.Empty)
                .Append(" · ").Append(HtmlEncode(words[item.IsOpen ? "web.action.open" : "web.action.done"]));
            if (view.Tickets.GetValueOrDefault(item.Id) is { } ticket)
            {
                // The tracker's own address for the ticket, as its API gave it or the bot built it; shown only as a web link.
                html.Append(" · ").Append(Uri.TryCreate(ticket.Url, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
                    ? $"<a href=\"{HtmlEncode(url.AbsoluteUri)}\">{HtmlEncode(ticket.Key)}</a>"
                    : HtmlEncode(ticket.Key));
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
        Related(html, words, ladder, view);
        Postmortem(html, words, view);
        return html.ToString();
    }

    /// <summary>The timeline entries that changed the incident's state: declared, status changes, resolved, reopened, cancelled, merged.</summary>
    private static readonly HashSet<TimelineKind> StateChanges =
        [TimelineKind.Declared, TimelineKind.StatusChanged, TimelineKind.Resolved, TimelineKind.Reopened, TimelineKind.Cancelled, TimelineKind.Merged];

    private static void StatusHistory(StringBuilder html, Words words, IncidentView view)
    {
        html.Append("<h2>").Append(HtmlEncode(words["web.status_history"])).Append("</h2>\n<ol id=\"status-history\">\n");
        foreach (var entry in view.Timeline.Where(e => StateChanges.Contains(e.Kind)).OrderBy(e => e.OccurredAt))
        {
            html.Append("<li>");
            TimeTag(html, words, view, entry.OccurredAt);
            html.Append(' ').Append(HtmlEncode(view.Readable(entry.Text))).Append("</li>\n");
        }

        html.Append("</ol>\n");
    }

    private static void Related(StringBuilder html, Words words, SeverityLadder ladder, IncidentView view)
    {
        html.Append("<h2>").Append(HtmlEncode(words["web.related"])).Append("</h2>\n");
        if (view.Related.Count == 0)
        {
            html.Append("<p id=\"related\">—</p>\n");
            return;
        }

        html.Append("<ul id=\"related\">\n");
        foreach (var other in view.Related)
        {
            html.Append("<li><a href=\"/incidents/").Append(other.Number).Append("\">").Append(HtmlEncode(other.Reference)).Append("</a> ")
                .Append(HtmlEncode(other.Title)).Append(" · ").Append(HtmlEncode(IncidentListHtml.SeverityLabel(words, ladder, other.SeverityKey)))
                .Append(" · ").Append(HtmlEncode(words.Status(other.Status))).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void Postmortem(StringBuilder html, Words words, IncidentView view)
    {
        html.Append("<h2>").Append(HtmlEncode(words["web.postmortem"])).Append("</h2>\n");
        if (view.Postmortem is not { } shown)
        {
            html.Append("<p id=\"postmortem-none\">").Append(HtmlEncode(words.Text("web.postmortem.none", ("incident", view.Incident.Reference)))).Append("</p>\n");
            return;
        }

        var number = view.Incident.Number;
        html.Append("<nav aria-label=\"").Append(HtmlEncode(words["web.postmortem.versions"])).Append("\"><ul id=\"postmortem-versions\">\n");
        foreach (var (version, compiledAt) in view.PostmortemVersions)
        {
            var label = words.Text("web.postmortem.version", ("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("time", Time(words, view, compiledAt)));
            html.Append("<li>");
            if (version == shown.Version)
            {
                html.Append("<strong aria-current=\"page\">").Append(HtmlEncode(label)).Append("</strong>");
            }
            else
            {
                html.Append("<a href=\"/incidents/").Append(number).Append("?version=").Append(version).Append("\">").Append(HtmlEncode(label)).Append("</a>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul></nav>\n<p><a id=\"postmortem-download\" href=\"/incidents/").Append(number).Append("/postmortem.md?version=").Append(shown.Version)
            .Append("\" download>").Append(HtmlEncode(words["web.postmortem.download"])).Append("</a></p>\n<article id=\"postmortem\">\n")
            .Append(PostmortemHtml.Render(shown.Markdown)).Append("</article>\n");
    }

    private static void TimeTag(StringBuilder html, Words words, IncidentView view, DateTimeOffset at) =>
        html.Append("<time datetime=\"").Append(at.UtcDateTime.ToString("o", System.Globalization.CultureInfo.InvariantCulture)).Append("\">")
            .Append(HtmlEncode(Time(words, view, at))).Append("</time>");

    private static string Time(Words words, IncidentView view, DateTimeOffset at) => words.DateTime(TimeZoneInfo.ConvertTime(at, view.Zone));

    private static void Fact(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(HtmlEncode(name)).Append("</dt><dd>").Append(HtmlEncode(value)).Append("</dd>");
}
