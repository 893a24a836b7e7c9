using System.Text;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using static System.Net.WebUtility;

namespace IncidentBot.Web;

/// <summary>One incident: its brief, roles, timeline in the reader's zone (oldest first) and action items.</summary>
public static class IncidentPageHtml
{
    public static string Render(Words words, SeverityLadder ladder, RoleCatalog roles, IncidentView view)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(view);
        var incident = view.Incident;
        var html = new StringBuilder(8192).Append("<h1>").Append(HtmlEncode($"{incident.Reference}: {incident.Title}")).Append("</h1>\n<dl id=\"brief\">");
        Fact(html, words["web.severity"], IncidentListHtml.SeverityLabel(words, ladder, incident.SeverityKey));
        Fact(html, words["web.status"], words.Status(incident.Status));
        Fact(html, words["web.declared"], Time(words, view, incident.DeclaredAt));
        Fact(html, words["web.summary"], incident.Summary ?? "—");
        Fact(html, words["web.impact"], incident.Impact ?? "—");
        html.Append("</dl>\n<h2>").Append(HtmlEncode(words["web.roles"])).Append("</h2>\n<dl id=\"roles\">");
        foreach (var (key, user) in incident.Roles.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            Fact(html, roles.Find(key) is { } role ? words.RoleName(role) : key, view.Name(user));
        }

        html.Append("</dl>\n<h2>").Append(HtmlEncode(words["web.timeline"])).Append("</h2>\n<p>")
            .Append(HtmlEncode(words.Text("web.times_in", ("zone", view.Zone.Id)))).Append("</p>\n<ol id=\"timeline\">\n");
        foreach (var entry in view.Timeline.OrderBy(e => e.OccurredAt))
        {
            html.Append("<li><time datetime=\"").Append(entry.OccurredAt.UtcDateTime.ToString("o", System.Globalization.CultureInfo.InvariantCulture)).Append("\">")
                .Append(HtmlEncode(Time(words, view, entry.OccurredAt))).Append("</time> ").Append(HtmlEncode(entry.Text));
            if (entry.UserId is { } who)
            {
                html.Append(" — ").Append(HtmlEncode(view.Name(who)));
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n<h2>").Append(HtmlEncode(words["web.action_items"])).Append("</h2>\n<ul id=\"actions\">\n");
        foreach (var item in view.ActionItems)
        {
            html.Append("<li>").Append(HtmlEncode($"#{item.Number} {item.Text}")).Append(" — ").Append(HtmlEncode(view.Name(item.Owner)))
                .Append(item.Due is { } due ? $" · {HtmlEncode(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}" : string.Empty)
                .Append(" · ").Append(HtmlEncode(words[item.IsOpen ? "web.action.open" : "web.action.done"])).Append("</li>\n");
        }

        return html.Append("</ul>\n").ToString();
    }

    private static string Time(Words words, IncidentView view, DateTimeOffset at) => words.DateTime(TimeZoneInfo.ConvertTime(at, view.Zone));

    private static void Fact(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(HtmlEncode(name)).Append("</dt><dd>").Append(HtmlEncode(value)).Append("</dd>");
}
