using System.Globalization;
using System.Text;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// Compiles the blameless post-mortem draft from what the bot recorded. Pure: input in, Markdown out.
/// Linear in the size of the timeline: one <see cref="StringBuilder"/>, one pass per section.
/// </summary>
public static class PostmortemCompiler
{
    public static string Compile(PostmortemInput input)
    {
        var sb = new StringBuilder(4096 + (input.Timeline.Count * 120));
        Header(sb, input);
        Summary(sb, input);
        Impact(sb, input);
        PostmortemTables.KeyTimes(sb, input);
        PostmortemTables.Timeline(sb, input);
        RootCause(sb, input);
        FiveWhys(sb, input);
        PostmortemFacts.WentWell(sb, input);
        PostmortemFacts.CouldImprove(sb, input);
        PostmortemTables.Actions(sb, input);
        Participants(sb, input);
        Related(sb, input);
        return sb.ToString();
    }

    private static void Header(StringBuilder sb, PostmortemInput input)
    {
        var incident = input.Incident;
        sb.Append("# Post-mortem: ").Append(MarkdownText.Readable(incident.Title, input.Names)).Append(" (").Append(incident.Reference).AppendLine(")");
        sb.AppendLine();
        sb.Append("Status: draft · Severity: ").Append(input.Severity.DisplayKey).Append(" (").Append(input.Severity.Label).Append(')')
            .Append(" · Duration: ").Append(DurationText.Of(input.End - input.StartedAt))
            .Append(" · IC: ").AppendLine(MarkdownText.User(incident.Commander, input.Names));
        sb.AppendLine();
        sb.Append("Dates: ").Append(PostmortemTables.Utc(input.StartedAt)).Append(" UTC – ")
            .Append(incident.ResolvedAt is { } r ? PostmortemTables.Utc(r) + " UTC" : "still open").AppendLine();
        sb.AppendLine();
        sb.Append("Roles: ").AppendJoin(" · ", input.Roles.Select(r => $"{r.Name}: {MarkdownText.User(incident.RoleHolder(r.Key), input.Names)}")).AppendLine();
        sb.AppendLine();
        sb.Append("_Compiled by IncidentBot on ").Append(PostmortemTables.Utc(input.CompiledAt))
            .AppendLine(" UTC from the incident record. Blameless: describe systems and decisions, not people._");
    }

    private static void Summary(StringBuilder sb, PostmortemInput input)
    {
        sb.AppendLine().AppendLine("## Summary").AppendLine();
        if (!string.IsNullOrWhiteSpace(input.Incident.Summary))
        {
            sb.Append("At declaration: ").AppendLine(MarkdownText.Readable(input.Incident.Summary.Trim(), input.Names)).AppendLine();
        }

        if (input.Posted.Count > 0 && input.Posted[^1] is var last)
        {
            sb.Append("Last update (#").Append(last.Number.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(last.Status.ToString())
                .Append("): ").AppendLine(MarkdownText.Readable(last.Summary.Trim(), input.Names)).AppendLine();
        }

        if (input.Resolution is { } resolution)
        {
            sb.Append("Resolution: ").AppendLine(MarkdownText.Readable(resolution.Summary.Trim(), input.Names)).AppendLine();
        }

        sb.AppendLine("> _What happened, who was affected, how it ended (2–3 sentences)._");
    }

    private static void Impact(StringBuilder sb, PostmortemInput input)
    {
        sb.AppendLine().AppendLine("## Impact").AppendLine();
        var impact = input.Incident.Impact;
        var updated = ImpactAsUpdated(input);
        sb.Append("- Customer impact: ").AppendLine(!string.IsNullOrWhiteSpace(impact)
            ? MarkdownText.Readable(impact.Trim(), input.Names) + (updated.Count > 0 ? " (at declaration)" : "")
            : updated.Count > 0 ? "see the updates below" : "_not recorded_");
        foreach (var (number, text) in updated)
        {
            sb.Append("  - As of update #").Append(number.ToString(CultureInfo.InvariantCulture)).Append(": ")
                .AppendLine(MarkdownText.Readable(text, input.Names));
        }

        sb.Append("- Impact confirmed at resolution: ")
            .AppendLine(input.Resolution is null ? "—" : input.Resolution.ImpactConfirmed ? "yes" : "no");
        sb.Append("- Duration of impact: ").AppendLine(DurationText.Of(input.End - input.StartedAt));
        sb.AppendLine("- _Users or requests affected, SLOs breached, revenue or support notes._");
    }

    /// <summary>The impact each status update reported, where it changed from the one before.</summary>
    private static List<(int Number, string Text)> ImpactAsUpdated(PostmortemInput input)
    {
        var changes = new List<(int, string)>();
        var previous = input.Incident.Impact?.Trim();
        foreach (var update in input.Posted)
        {
            if (update.Impact?.Trim() is { Length: > 0 } text && !string.Equals(text, previous, StringComparison.Ordinal))
            {
                changes.Add((update.Number, text));
                previous = text;
            }
        }

        return changes;
    }

    private static void RootCause(StringBuilder sb, PostmortemInput input)
    {
        sb.AppendLine().AppendLine("## Root cause").AppendLine();
        sb.AppendLine(RootCauseText(input) ?? "_Not recorded at resolution. What, in the system, made this happen?_");
        sb.AppendLine().AppendLine("**Contributing factors**").AppendLine();
        sb.AppendLine("- _What made it more likely, harder to detect, or slower to mitigate?_");
    }

    private static void FiveWhys(StringBuilder sb, PostmortemInput input)
    {
        sb.AppendLine().AppendLine("## Five whys").AppendLine();
        sb.Append("1. Why did \"").Append(MarkdownText.Readable(input.Incident.Title, input.Names)).Append("\" happen? ")
            .AppendLine(RootCauseText(input) ?? "_…_");
        for (var i = 2; i <= 5; i++)
        {
            sb.Append(i).AppendLine(". Why …? _…_");
        }
    }

    private static void Participants(StringBuilder sb, PostmortemInput input)
    {
        var people = input.Participants().Select(user => MarkdownText.User(user, input.Names)).ToList();
        sb.AppendLine().AppendLine("## Participants").AppendLine();
        sb.AppendLine(people.Count == 0 ? "_none recorded_" : string.Join(", ", people));
    }

    private static void Related(StringBuilder sb, PostmortemInput input)
    {
        sb.AppendLine().AppendLine("## Related incidents").AppendLine();
        if (input.Related.Count == 0)
        {
            sb.AppendLine("_none linked_");
            return;
        }

        foreach (var related in input.Related)
        {
            sb.Append("- ").AppendLine(MarkdownText.Readable(related.Describe(Texts.Words.English), input.Names));
        }
    }

    private static string? RootCauseText(PostmortemInput input) =>
        input.Resolution?.RootCause is { Length: > 0 } cause && !string.IsNullOrWhiteSpace(cause) ? MarkdownText.Readable(cause.Trim(), input.Names) : null;
}
