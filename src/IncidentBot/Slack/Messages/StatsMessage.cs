using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary><c>/incident stats</c>: counts and mean times per severity, then the three rates. Never names an incident.</summary>
public static class StatsMessage
{
    public static (string Text, JsonArray Blocks) Build(Words words, StatsReport report)
    {
        var title = words.Count("stats.title", report.Overall.Count, ("days", words.Count("unit.days", report.Days)));
        if (report.Overall.Count == 0)
        {
            return (title, Blocks.Array(Apart(words, report) is { } onlyApart
                ? [Blocks.Section($"*{title}*. :tada:"), Blocks.Context(onlyApart)]
                : [Blocks.Section($"*{title}*. :tada:")]));
        }

        var lines = report.PerSeverity.Select(s => Line(words, s.SeverityKey.ToUpperInvariant(), s)).Append(Line(words, words["stats.all"], report.Overall));
        var rates = string.Join('\n',
            words.Text("stats.updates_on_time", ("rate", Rate(words, report.UpdatesOnTime))),
            words.Text("stats.postmortems_completed", ("rate", Rate(words, report.PostmortemsCompleted))),
            words.Text("stats.actions_completed", ("rate", Rate(words, report.ActionsCompleted))));
        if (report.Pages > 0)
        {
            rates += "\n" + words.Text("oncall.stats.unanswered", ("unanswered", report.PagesUnanswered), ("pages", report.Pages));
        }

        var apart = Apart(words, report);
        var detection = Detection(words, report);
        return (title, Blocks.Array([
            Blocks.Section($"*{title}*"),
            Blocks.Section(string.Join('\n', lines)),
            .. detection is null ? Array.Empty<JsonObject>() : [Blocks.Section(detection)],
            Blocks.Section(rates),
            .. apart is null ? Array.Empty<JsonObject>() : [Blocks.Context(apart)],
            Blocks.Context(words["stats.legend"]),
        ]));
    }

    /// <summary>
    /// Cancelled and merged incidents, and alerts declined in triage, counted apart from the response figures above; null
    /// when there are none.
    /// </summary>
    private static string? Apart(Words words, StatsReport report)
    {
        var incidents = report.Cancelled + report.Merged == 0
            ? null
            : words.Text("outcome.stats.apart",
                ("cancelled", words.Count("outcome.stats.cancelled", report.Cancelled)), ("merged", words.Count("outcome.stats.merged", report.Merged)));
        var alerts = report.DeclinedAlerts == 0 ? null : words.Count("alert.stats.declined", report.DeclinedAlerts);
        return incidents is null ? alerts : alerts is null ? incidents : $"{incidents} {alerts}";
    }

    /// <summary>
    /// MTTD, first alert fired to declared, per severity and overall, over the incidents an alert detected; null when
    /// none was.
    /// </summary>
    private static string? Detection(Words words, StatsReport report)
    {
        if (report.Overall.FromAlerts == 0)
        {
            return null;
        }

        var figures = report.PerSeverity.Where(s => s.FromAlerts > 0)
            .Select(s => words.Text("alert.stats.mttd_figure", ("label", s.SeverityKey.ToUpperInvariant()), ("mttd", words.Duration(s.Mttd))))
            .Append(words.Text("alert.stats.mttd_figure", ("label", words["stats.all"]), ("mttd", words.Duration(report.Overall.Mttd))));
        return words.Text("alert.stats.mttd", ("figures", string.Join(" · ", figures)),
            ("from", words.Count("alert.stats.mttd_from", report.Overall.FromAlerts)));
    }

    public static string Usage(Words words, string typed) => words.Text("stats.usage",
        ("typed", SlackText.Escape(SlackText.Truncate(typed, 20))), ("max", StatsWindow.MaxDays), ("default", StatsWindow.DefaultDays));

    private static string Line(Words words, string label, SeverityStats s)
    {
        var details = new List<string>();
        if (s.Private > 0)
        {
            details.Add(words.Count("stats.private", s.Private));
        }

        if (s.Open > 0)
        {
            details.Add(words.Count("stats.open", s.Open));
        }

        var incidents = words.Count("stats.incidents", s.Count);
        if (details.Count > 0)
        {
            incidents = words.Text("stats.incidents_of_which", ("incidents", incidents), ("details", string.Join(", ", details)));
        }

        return words.Text("stats.line", ("label", label), ("incidents", incidents),
            ("mtta", words.Duration(s.Mtta)), ("mttm", words.Duration(s.Mttm)), ("mttr", words.Duration(s.Mttr)));
    }

    private static string Rate(Words words, Ratio ratio) => ratio.Rate is { } rate
        ? words.Text("stats.rate", ("percent", (rate * 100).ToString("0", CultureInfo.InvariantCulture)), ("part", ratio.Part), ("whole", ratio.Whole))
        : words["stats.no_rate"];
}
