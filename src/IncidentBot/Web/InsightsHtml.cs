using System.Globalization;
using System.Text;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Texts;
using static System.Net.WebUtility;

namespace IncidentBot.Web;

/// <summary>
/// <c>/insights</c>: the <c>/incident stats</c> figures over the window, then charts (inline SVG) each followed by the same
/// numbers as a table: incidents per week and per severity, mean times per month, the rates against the practice's
/// targets; then recurrences, the busiest services and the longest incidents.
/// </summary>
public static class InsightsHtml
{
    public static string Render(Words words, SeverityLadder ladder, InsightsReport report, int days)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder(32768).Append("<h1>").Append(HtmlEncode(words["insights.title"])).Append("</h1>\n")
            .Append("<form class=\"filters\" method=\"get\" action=\"/insights\"><label>").Append(HtmlEncode(words["insights.days"]))
            .Append(" <input type=\"number\" name=\"days\" min=\"1\" max=\"").Append(StatsWindow.MaxDays).Append("\" value=\"").Append(days)
            .Append("\"></label> <button type=\"submit\">").Append(HtmlEncode(words["web.list.filter"])).Append("</button></form>\n<p id=\"period\">")
            .Append(HtmlEncode(words.Text("insights.period", ("from", words.Date(report.From)), ("to", words.Date(report.To.AddMilliseconds(-1))))))
            .Append("</p>\n");
        Figures(html, words, ladder, report);
        Weeks(html, words, report);
        Severities(html, words, ladder, report);
        Months(html, words, report);
        InsightsLists.Rates(html, words, report);
        InsightsLists.Lists(html, words, ladder, report);
        return html.ToString();
    }

    private static void Figures(StringBuilder html, Words words, SeverityLadder ladder, InsightsReport report)
    {
        html.Append("<h2>").Append(HtmlEncode(words.Count("stats.title", report.Stats.Overall.Count, ("days", words.Count("unit.days", report.Stats.Days))))).Append("</h2>\n");
        var rows = report.Stats.PerSeverity.Select(s => Row(words, IncidentListHtml.SeverityLabel(words, ladder, s.SeverityKey), s))
            .Append(Row(words, words["stats.all"], report.Stats.Overall));
        HtmlTable.Append(html, "figures", [words["web.severity"], words["insights.count"], "MTTA", "MTTM", "MTTR"], rows);
        html.Append("<p class=\"legend\">").Append(HtmlEncode(words["stats.legend"].Replace("*", "", StringComparison.Ordinal))).Append("</p>\n");
    }

    private static string[] Row(Words words, string label, SeverityStats s) =>
        [label, s.Count.ToString(CultureInfo.InvariantCulture), words.Duration(s.Mtta), words.Duration(s.Mttm), words.Duration(s.Mttr)];

    private static void Weeks(StringBuilder html, Words words, InsightsReport report)
    {
        var title = words["insights.per_week"];
        var labels = report.Weeks.Select(w => w.Start.ToString("dd.MM", CultureInfo.InvariantCulture)).ToList();
        Chart(html, "per-week", title, labels, [new ChartSeries(words["insights.count"], report.Weeks.Select(w => (double?)w.Count).ToList())], Whole);
        HtmlTable.Append(html, "per-week-table", [words["insights.week"], words["insights.count"]],
            report.Weeks.Select(w => (IReadOnlyList<string>)[words.Date(new DateTimeOffset(w.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), Whole(w.Count)]), words["insights.as_table"]);
    }

    private static void Severities(StringBuilder html, Words words, SeverityLadder ladder, InsightsReport report)
    {
        var labels = report.Stats.PerSeverity.Select(s => IncidentListHtml.SeverityLabel(words, ladder, s.SeverityKey)).ToList();
        Chart(html, "per-severity", words["insights.per_severity"], labels,
            [new ChartSeries(words["insights.count"], report.Stats.PerSeverity.Select(s => (double?)s.Count).ToList())], Whole);
        HtmlTable.Append(html, "per-severity-table", [words["web.severity"], words["insights.count"]],
            report.Stats.PerSeverity.Select((s, i) => (IReadOnlyList<string>)[labels[i], Whole(s.Count)]), words["insights.as_table"]);
    }

    private static void Months(StringBuilder html, Words words, InsightsReport report)
    {
        var labels = report.Months.Select(m => m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList();
        Chart(html, "times-per-month", words["insights.times_per_month"], labels,
        [
            new ChartSeries("MTTA", report.Months.Select(m => m.Mtta?.TotalMinutes).ToList()),
            new ChartSeries("MTTM", report.Months.Select(m => m.Mttm?.TotalMinutes).ToList()),
            new ChartSeries("MTTR", report.Months.Select(m => m.Mttr?.TotalMinutes).ToList()),
        ], minutes => words.Duration(TimeSpan.FromMinutes(minutes)));
        HtmlTable.Append(html, "times-per-month-table", [words["insights.month"], words["insights.count"], "MTTA", "MTTM", "MTTR"],
            report.Months.Select((m, i) => (IReadOnlyList<string>)[labels[i], Whole(m.Count), words.Duration(m.Mtta), words.Duration(m.Mttm), words.Duration(m.Mttr)]),
            words["insights.as_table"]);
    }

    public static void Chart(StringBuilder html, string id, string title, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Append("<h2>").Append(HtmlEncode(title)).Append("</h2>\n<figure>").Append(SvgBarChart.Render(id, title, labels, series, format)).Append("</figure>\n");
    }

    public static string Whole(double value) => value.ToString("0", CultureInfo.InvariantCulture);
}
