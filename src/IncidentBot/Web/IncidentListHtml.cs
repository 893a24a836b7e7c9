using System.Text;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using static System.Net.WebUtility;

namespace IncidentBot.Web;

/// <summary>The incident list: a filter form (a plain GET form, no script) and a table, newest first.</summary>
public static class IncidentListHtml
{
    public static string Render(Words words, SeverityLadder ladder, IncidentListFilter filter, IReadOnlyList<Incident> incidents, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(incidents);
        var html = new StringBuilder(8192).Append("<h1>").Append(HtmlEncode(words["web.incidents"])).Append("</h1>\n");
        Filters(html, words, ladder, filter);
        if (incidents.Count == 0)
        {
            return html.Append("<p id=\"none\">").Append(HtmlEncode(words["web.list.none"])).Append("</p>\n").ToString();
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

    private static void Filters(StringBuilder html, Words words, SeverityLadder ladder, IncidentListFilter filter)
    {
        var status = filter.Open switch { true => "open", false => "closed", null => "all" };
        html.Append("<form class=\"filters\" method=\"get\" action=\"/incidents\">\n<label>").Append(HtmlEncode(words["web.status"]))
            .Append(" <select name=\"status\">");
        foreach (var option in new[] { "all", "open", "closed" })
        {
            Option(html, option, words[$"web.list.{option}"], option == status);
        }

        html.Append("</select></label>\n<label>").Append(HtmlEncode(words["web.severity"])).Append(" <select name=\"severity\">");
        Option(html, string.Empty, words["web.list.any"], filter.SeverityKey is null);
        foreach (var severity in ladder.All)
        {
            Option(html, severity.Key, words.Label(severity), severity.Key == filter.SeverityKey);
        }

        html.Append("</select></label>\n<button type=\"submit\">").Append(HtmlEncode(words["web.list.filter"])).Append("</button>\n</form>\n");
    }

    private static void Option(StringBuilder html, string value, string text, bool selected) =>
        html.Append("<option value=\"").Append(HtmlEncode(value)).Append('"').Append(selected ? " selected" : string.Empty).Append('>')
            .Append(HtmlEncode(text)).Append("</option>");
}
