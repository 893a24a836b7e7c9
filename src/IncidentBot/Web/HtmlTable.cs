using System.Text;
using static System.Net.WebUtility;

namespace IncidentBot.Web;

/// <summary>A plain table from text cells (encoded here), optionally folded under a summary line.</summary>
public static class HtmlTable
{
    public static StringBuilder Append(StringBuilder html, string id, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? folded = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        if (folded is not null)
        {
            html.Append("<details><summary>").Append(HtmlEncode(folded)).Append("</summary>");
        }

        html.Append("<table id=\"").Append(HtmlEncode(id)).Append("\"><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\">").Append(HtmlEncode(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        return html.Append(folded is null ? "\n" : "</details>\n");
    }
}
