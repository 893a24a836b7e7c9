using System.Globalization;
using System.Text;

namespace IncidentBot.Core.Postmortems;

/// <summary>The post-mortem's tables: key times, the timeline (UTC and the configured zone) and action items.</summary>
public static class PostmortemTables
{
    private const string TimeFormat = "yyyy-MM-dd HH:mm";

    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static void KeyTimes(StringBuilder sb, PostmortemInput input)
    {
        var zone = input.Zone.Id;
        sb.AppendLine().AppendLine("## Key times").AppendLine();
        sb.Append("| Moment | Time (UTC) | Time (").Append(zone).AppendLine(") |").AppendLine("| --- | --- | --- |");
        KeyRow(sb, input, "Started", input.StartedAt);
        sb.AppendLine("| Detected | _fill in_ | _fill in_ |");
        KeyRow(sb, input, "Declared", input.Incident.DeclaredAt);
        KeyRow(sb, input, "IC assigned", input.CommanderAssignedAt);
        KeyRow(sb, input, "Mitigated", input.MitigatedAt);
        KeyRow(sb, input, "Resolved", input.Incident.ResolvedAt);
        var declared = input.Incident.DeclaredAt;
        sb.AppendLine().AppendLine("| Measure (from declaration) | Duration |").AppendLine("| --- | --- |");
        sb.Append("| Time to acknowledge (IC assigned) | ").Append(DurationText.Of(input.CommanderAssignedAt - declared)).AppendLine(" |");
        sb.Append("| Time to mitigate | ").Append(DurationText.Of(input.MitigatedAt - declared)).AppendLine(" |");
        sb.Append("| Time to resolve | ").Append(DurationText.Of(input.Incident.ResolvedAt - declared)).AppendLine(" |");
    }

    public static void Timeline(StringBuilder sb, PostmortemInput input)
    {
        sb.AppendLine().AppendLine("## Timeline").AppendLine();
        sb.Append("| Time (UTC) | Time (").Append(input.Zone.Id).AppendLine(") | Event | By |").AppendLine("| --- | --- | --- | --- |");
        foreach (var entry in input.Timeline)
        {
            sb.Append("| ");
            AppendTime(sb, entry.OccurredAt.UtcDateTime);
            sb.Append(" | ");
            AppendTime(sb, TimeZoneInfo.ConvertTime(entry.OccurredAt, input.Zone).DateTime);
            sb.Append(" | ");
            MarkdownText.AppendCell(sb, entry.Text, input.Names);
            sb.Append(" | ");
            if (entry.UserId is { } user)
            {
                MarkdownText.AppendCell(sb, MarkdownText.User(user, input.Names));
            }

            sb.AppendLine(" |");
        }
    }

    public static void Actions(StringBuilder sb, PostmortemInput input)
    {
        sb.AppendLine().AppendLine("## Action items").AppendLine();
        if (input.Actions.Count == 0)
        {
            sb.AppendLine("_None recorded yet. Add them with `/incident action <text> [@owner] [due:YYYY-MM-DD] [p1|p2|p3]`._");
            return;
        }

        sb.AppendLine("| # | Action | Owner | Due | Priority | State |").AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var item in input.Actions)
        {
            sb.Append("| ").Append(item.Number).Append(" | ");
            MarkdownText.AppendCell(sb, item.Text, input.Names);
            sb.Append(" | ").Append(item.Owner is { } o ? MarkdownText.Cell(MarkdownText.User(o, input.Names)) : "_unowned_")
                .Append(" | ").Append(item.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—")
                .Append(" | ").Append(item.Priority.ToUpperInvariant())
                .Append(" | ").Append(item.IsOpen ? "open" : "done").AppendLine(" |");
        }
    }

    private static void KeyRow(StringBuilder sb, PostmortemInput input, string label, DateTimeOffset? at)
    {
        sb.Append("| ").Append(label).Append(" | ");
        if (at is not { } t)
        {
            sb.AppendLine("— | — |");
            return;
        }

        AppendTime(sb, t.UtcDateTime);
        sb.Append(" | ");
        AppendTime(sb, TimeZoneInfo.ConvertTime(t, input.Zone).DateTime);
        sb.AppendLine(" |");
    }

    private static void AppendTime(StringBuilder sb, DateTime time)
    {
        Span<char> buffer = stackalloc char[16];
        time.TryFormat(buffer, out var written, TimeFormat, CultureInfo.InvariantCulture);
        sb.Append(buffer[..written]);
    }
}
