using System.Globalization;
using System.Text;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Texts;
using static System.Net.WebUtility;

namespace IncidentBot.Web;

/// <summary>The lower half of <c>/insights</c>: the rates against the practice's targets, recurrences, services, longest incidents.</summary>
public static class InsightsLists
{
    public static void Rates(StringBuilder html, Words words, InsightsReport report)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(report);
        var rates = new (string Name, Ratio Ratio, string Target, bool? Met)[]
        {
            (words["insights.rate.updates"], report.Stats.UpdatesOnTime, "—", null),
            (words["insights.rate.postmortems"], report.Stats.PostmortemsCompleted, "≥ 95%", TargetCheck.AtLeast(report.Stats.PostmortemsCompleted, TargetCheck.PostmortemTarget)),
            (words["insights.rate.actions"], report.Stats.ActionsCompleted, "≥ 70%", TargetCheck.AtLeast(report.Stats.ActionsCompleted, TargetCheck.ActionTarget)),
            (words["insights.rate.recurrence"], report.RecurrenceRate, "< 15%", TargetCheck.Below(report.RecurrenceRate, TargetCheck.RecurrenceTarget)),
        };
        InsightsHtml.Chart(html, "rates", words["insights.rates"], rates.Select(r => r.Name).ToList(),
            [new ChartSeries("%", rates.Select(r => r.Ratio.Rate * 100).ToList())], p => InsightsHtml.Whole(p) + "%");
        var t = report.Targets;
        var worst = t.WorstSeverityKey.ToUpperInvariant();
        var rows = rates.Select(r => (IReadOnlyList<string>)[r.Name, Percent(words, r.Ratio), r.Target, Met(words, r.Met)])
            .Append([words.Text("insights.target.mtta", ("severity", worst)), words.Duration(t.WorstMtta), "< 5 min", Met(words, t.MttaMet)])
            .Append([words.Text("insights.target.mttr", ("severity", worst)), words.Duration(t.WorstMttr), "< 4 h", Met(words, t.MttrMet)]);
        HtmlTable.Append(html, "targets", [words["insights.measure"], words["insights.value"], words["insights.target"], words["insights.met"]], rows);
    }

    public static void Lists(StringBuilder html, Words words, SeverityLadder ladder, InsightsReport report)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(report);
        html.Append("<h2>").Append(HtmlEncode(words["insights.recurrences"])).Append("</h2>\n<p>").Append(HtmlEncode(words["insights.recurrence.rule"])).Append("</p>\n");
        if (report.Recurrences.Count == 0)
        {
            html.Append("<p id=\"no-recurrences\">").Append(HtmlEncode(words["insights.none"])).Append("</p>\n");
        }
        else
        {
            HtmlTable.Append(html, "recurrences", [words["insights.incident"], words["insights.repeats"], words["insights.service"], words["insights.tag"]],
                report.Recurrences.Select(r => (IReadOnlyList<string>)[$"INC-{r.Number}", $"INC-{r.Earlier}", r.Service, "#" + r.Tag]));
        }

        html.Append("<h2>").Append(HtmlEncode(words["insights.top_services"])).Append("</h2>\n");
        HtmlTable.Append(html, "services", [words["insights.service"], words["insights.count"]],
            report.TopServices.Select(s => (IReadOnlyList<string>)[s.Service, InsightsHtml.Whole(s.Count)]));
        html.Append("<h2>").Append(HtmlEncode(words["insights.longest"])).Append("</h2>\n<ol id=\"longest\">");
        foreach (var l in report.Longest)
        {
            html.Append("<li><a href=\"/incidents/").Append(l.Number).Append("\">INC-").Append(l.Number).Append(' ').Append(HtmlEncode(l.Title)).Append("</a> · ")
                .Append(HtmlEncode(IncidentListHtml.SeverityLabel(words, ladder, l.SeverityKey))).Append(" · ").Append(HtmlEncode(words.Duration(l.Duration))).Append("</li>");
        }

        html.Append("</ol>\n");
    }

    private static string Percent(Words words, Ratio ratio) => ratio.Rate is { } rate
        ? words.Text("stats.rate", ("percent", (rate * 100).ToString("0", CultureInfo.InvariantCulture)), ("part", ratio.Part), ("whole", ratio.Whole))
        : words["stats.no_rate"];

    private static string Met(Words words, bool? met) => met switch { true => words["insights.met.yes"], false => words["insights.met.no"], null => "—" };
}
