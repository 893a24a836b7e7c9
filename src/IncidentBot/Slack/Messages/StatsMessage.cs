using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Metrics;

namespace IncidentBot.Slack.Messages;

/// <summary><c>/incident stats</c>: counts and mean times per severity, then the three rates. Never names an incident.</summary>
public static class StatsMessage
{
    public static (string Text, JsonArray Blocks) Build(StatsReport report)
    {
        var title = $"Incidents in the last {report.Days} days: {report.Overall.Count}";
        if (report.Overall.Count == 0)
        {
            return (title, Blocks.Array([Blocks.Section($"*{title}*. :tada:")]));
        }

        var lines = report.PerSeverity.Select(s => Line(s.SeverityKey.ToUpperInvariant(), s)).Append(Line("All", report.Overall));
        var rates = string.Join('\n',
            $"Updates on time: {Rate(report.UpdatesOnTime)}",
            $"Post-mortems completed: {Rate(report.PostmortemsCompleted)}",
            $"Action items completed: {Rate(report.ActionsCompleted)}");
        return (title, Blocks.Array([
            Blocks.Section($"*{title}*"),
            Blocks.Section(string.Join('\n', lines)),
            Blocks.Section(rates),
            Blocks.Context("MTTA: declared → IC assigned · MTTM: declared → mitigated · MTTR: declared → resolved (means)."),
        ]));
    }

    public static string Usage(string typed) =>
        $"\"{SlackText.Escape(SlackText.Truncate(typed, 20))}\" is not a window. Usage: `/incident stats [Nd]` with N from 1 to {StatsWindow.MaxDays}, e.g. `/incident stats 7d` (default {StatsWindow.DefaultDays}d).";

    private static string Line(string label, SeverityStats s)
    {
        var extra = new List<string>();
        if (s.Private > 0)
        {
            extra.Add($"{s.Private} private");
        }

        if (s.Open > 0)
        {
            extra.Add($"{s.Open} open");
        }

        var count = s.Count + (extra.Count > 0 ? $" ({string.Join(", ", extra)})" : "");
        return $"*{label}* · {count} · MTTA {Time(s.Mtta)} · MTTM {Time(s.Mttm)} · MTTR {Time(s.Mttr)}";
    }

    private static string Time(TimeSpan? span) => span is { } s ? SlackText.Duration(s) : "—";

    private static string Rate(Ratio ratio) => ratio.Rate is { } rate
        ? $"{(rate * 100).ToString("0", CultureInfo.InvariantCulture)}% ({ratio.Part} of {ratio.Whole})"
        : "— (none yet)";
}
