using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The monthly or quarterly report: counts by severity, the worst rung's MTTA and MTTR against the practice's targets,
/// the rates, the services most affected, recurrences and the longest incidents, and a link to the web view's insights.
/// Built for a channel: the report it is given holds no private incident.
/// </summary>
public static class ReportMessage
{
    public static (string Text, JsonArray Blocks) Build(Words words, ReportPeriod period, InsightsReport report, Uri? insights)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(report);
        var title = words.Text(period.Quarterly ? "report.title.quarterly" : "report.title.monthly", ("period", period.Name));
        var stats = report.Stats;
        var counts = stats.PerSeverity.Select(s => $"{Label(s.SeverityKey)} {s.Count}")
            .Append($"{words["stats.all"]} {stats.Overall.Count}");
        var blocks = new List<JsonObject>
        {
            Blocks.Header(title),
            Blocks.Section(words.Text("report.counts", ("counts", string.Join(" · ", counts)))),
            Blocks.Section(string.Join('\n', Targets(words, report))),
            Blocks.Section(string.Join('\n', Rates(words, report))),
        };
        if (report.TopServices.Count > 0)
        {
            blocks.Add(Blocks.Section(words.Text("report.services", ("services",
                string.Join(" · ", report.TopServices.Select(s => $"{SlackText.Escape(s.Service)} {s.Count}"))))));
        }

        blocks.Add(Blocks.Section(Recurrences(words, report)));
        if (report.Longest.Count > 0)
        {
            blocks.Add(Blocks.Section(words["report.longest"] + "\n" + string.Join('\n', report.Longest.Select(l =>
                $"• INC-{l.Number} {SlackText.Escape(SlackText.Truncate(l.Title, 80))} · {Label(l.SeverityKey)} · {words.Duration(l.Duration)}"))));
        }

        var context = new List<string> { words["report.privacy"] };
        if (insights is not null)
        {
            context.Add($"<{insights}|{words["report.insights_link"]}>");
        }

        blocks.Add(Blocks.Context([.. context]));
        return ($"{title}: {string.Join(" · ", counts)}", Blocks.Array(blocks));
    }

    public static string Usage(Words words, string typed) => words.Text("report.usage", ("typed", SlackText.Escape(SlackText.Truncate(typed, 30))));

    private static IEnumerable<string> Targets(Words words, InsightsReport report)
    {
        var t = report.Targets;
        var worst = Label(t.WorstSeverityKey);
        yield return words.Text("report.mtta", ("severity", worst), ("value", words.Duration(t.WorstMtta)), ("mark", Mark(t.MttaMet)));
        yield return words.Text("report.mttr", ("severity", worst), ("value", words.Duration(t.WorstMttr)), ("mark", Mark(t.MttrMet)));
        yield return words.Text("report.means", ("mtta", words.Duration(report.Stats.Overall.Mtta)), ("mttm", words.Duration(report.Stats.Overall.Mttm)),
            ("mttr", words.Duration(report.Stats.Overall.Mttr)));
    }

    private static IEnumerable<string> Rates(Words words, InsightsReport report)
    {
        var s = report.Stats;
        yield return words.Text("stats.updates_on_time", ("rate", Rate(words, s.UpdatesOnTime)));
        yield return words.Text("stats.postmortems_completed", ("rate", Rate(words, s.PostmortemsCompleted))) + " "
            + words.Text("report.target_at_least", ("target", 95), ("mark", Mark(TargetCheck.AtLeast(s.PostmortemsCompleted, TargetCheck.PostmortemTarget))));
        yield return words.Text("stats.actions_completed", ("rate", Rate(words, s.ActionsCompleted))) + " "
            + words.Text("report.target_at_least", ("target", 70), ("mark", Mark(TargetCheck.AtLeast(s.ActionsCompleted, TargetCheck.ActionTarget))));
    }

    private static string Recurrences(Words words, InsightsReport report)
    {
        var head = words.Text("report.recurrences", ("rate", Rate(words, report.RecurrenceRate)), ("mark", Mark(TargetCheck.Below(report.RecurrenceRate, TargetCheck.RecurrenceTarget))));
        return report.Recurrences.Count == 0 ? head : head + "\n" + string.Join('\n', report.Recurrences.Select(r => "• " + words.Text("report.recurrence",
            ("number", $"INC-{r.Number}"), ("earlier", $"INC-{r.Earlier}"), ("service", SlackText.Escape(r.Service)), ("tag", SlackText.Escape(r.Tag)))));
    }

    /// <summary>The severity as <c>/incident stats</c> writes it: its key, upper-cased.</summary>
    private static string Label(string key) => key.ToUpperInvariant();

    private static string Mark(bool? met) => met switch { true => ":white_check_mark:", false => ":x:", null => "—" };

    private static string Rate(Words words, Ratio ratio) => ratio.Rate is { } rate
        ? words.Text("stats.rate", ("percent", (rate * 100).ToString("0", CultureInfo.InvariantCulture)), ("part", ratio.Part), ("whole", ratio.Whole))
        : words["stats.no_rate"];
}
