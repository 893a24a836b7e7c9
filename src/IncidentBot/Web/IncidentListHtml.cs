using System.Text;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using static System.Net.WebUtility;

namespace IncidentBot.Web;

/// <summary>The incident list: a filter form (a plain GET form, no script) and a table, newest first.</summary>
public static class IncidentListHtml
{
    /// <summary>The page; when more incidents match than are listed (<paramref name="matching"/>), it says so above the table.</summary>
    public static string Render(
        Words words, SeverityLadder ladder, IncidentTypeCatalog types, IncidentListQuery query, IReadOnlyList<Incident> incidents, TimeZoneInfo zone, int matching)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(incidents);
        var html = new StringBuilder(8192).Append("<h1>").Append(HtmlEncode(words["web.incidents"])).Append("</h1>\n");
        Filters(html, words, ladder, types, query);
        if (incidents.Count == 0)
        {
            return html.Append("<p id=\"none\">").Append(HtmlEncode(words["web.list.none"])).Append("</p>\n").ToString();
        }

        if (matching > incidents.Count)
        {
            html.Append("<p id=\"more\" role=\"status\">").Append(HtmlEncode(words.Text("web.list.more", ("shown", incidents.Count), ("matching", matching)))).Append("</p>\n");
        }

        html.Append("<table id=\"incidents\">\n<thead><tr><th>#</th><th>").Append(HtmlEncode(words["web.title"])).Append("</th><th>")
            .Append(HtmlEncode(words["web.severity"])).Append("</th><th>").Append(HtmlEncode(words["web.status"])).Append("</th><th>")
            .Append(HtmlEncode(words["web.declared"])).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var incident in incidents)
        {
            html.Append("<tr><td><a href=\"/incidents/").Append(incident.Number).Append("\">").Append(HtmlEncode(incident.Reference)).Append("</a></td><td>")
                .Append(HtmlEncode(incident.Title)).Append("</td><td>").Append(HtmlEncode(SeverityLabel(words, ladder, incident.SeverityKey))).Append("</td><td>")
                .Append(HtmlEncode(words.Status(incident.Status))).Append("</td><td>")
                .Append(HtmlEncode(words.DateTime(TimeZoneInfo.ConvertTime(incident.DeclaredAt, zone)))).Append("</td></tr>\n");
        }

        return html.Append("</tbody>\n</table>\n").ToString();
    }

    /// <summary>A message in place of the list (a filter the page does not know, an incident not found).</summary>
    public static string Problem(string message) => $"<p role=\"alert\" id=\"problem\">{HtmlEncode(message)}</p>\n<p><a href=\"/incidents\">↩</a></p>\n";

    public static string SeverityLabel(Words words, SeverityLadder ladder, string key) =>
        ladder.TryParse(key, out var severity) ? words.Label(severity) : key;

    /// <summary>The filter form, filled with what the reader asked for, so a search can be narrowed step by step.</summary>
    private static void Filters(StringBuilder html, Words words, SeverityLadder ladder, IncidentTypeCatalog types, IncidentListQuery query)
    {
        html.Append("<form class=\"filters\" method=\"get\" action=\"/incidents\" role=\"search\">\n");
        Input(html, "search", "q", words["web.list.search"], query.Q);
        var status = query.Status is { Length: > 0 } ? query.Status : "all";
        html.Append("<label>").Append(HtmlEncode(words["web.status"])).Append(" <select name=\"status\">");
        foreach (var option in new[] { "all", "open", "closed" })
        {
            Option(html, option, words[$"web.list.{option}"], option == status);
        }

        html.Append("</select></label>\n<label>").Append(HtmlEncode(words["web.severity"])).Append(" <select name=\"severity\">");
        Option(html, string.Empty, words["web.list.any"], string.IsNullOrEmpty(query.Severity));
        foreach (var severity in ladder.All)
        {
            Option(html, severity.Key, words.Label(severity), string.Equals(severity.Key, query.Severity, StringComparison.OrdinalIgnoreCase));
        }

        html.Append("</select></label>\n<label>").Append(HtmlEncode(words["web.list.type"])).Append(" <select name=\"type\">");
        Option(html, string.Empty, words["web.list.any"], string.IsNullOrEmpty(query.Type));
        foreach (var type in types.All)
        {
            Option(html, type.Key, type.Label, string.Equals(type.Key, query.Type, StringComparison.OrdinalIgnoreCase));
        }

        html.Append("</select></label>\n");
        Input(html, "text", "service", words["web.list.service"], query.Service);
        Input(html, "date", "from", words["web.list.from"], query.From);
        Input(html, "date", "to", words["web.list.to"], query.To);
        html.Append("<button type=\"submit\">").Append(HtmlEncode(words["web.list.filter"])).Append("</button>\n</form>\n");
    }

    private static void Input(StringBuilder html, string kind, string name, string label, string? value) =>
        html.Append("<label>").Append(HtmlEncode(label)).Append(" <input type=\"").Append(kind).Append("\" name=\"").Append(name)
            .Append("\" value=\"").Append(HtmlEncode(value ?? string.Empty)).Append("\"></label>\n");

    private static void Option(StringBuilder html, string value, string text, bool selected) =>
        html.Append("<option value=\"").Append(HtmlEncode(value)).Append('"').Append(selected ? " selected" : string.Empty).Append('>')
            .Append(HtmlEncode(text)).Append("</option>");
}
