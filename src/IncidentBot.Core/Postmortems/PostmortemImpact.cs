using System.Globalization;
using System.Text;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// The impact section: the users and customers affected as declared and as the updates changed it, services, revenue
/// and SLA breaches (the team fills those in), whether the resolution confirmed it, and the downtime the bot measured.
/// </summary>
public static class PostmortemImpact
{
    public static void Write(StringBuilder sb, Words words, PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(words);
        PostmortemCompiler.Heading(sb, words["postmortem.impact.heading"]);
        var impact = input.Incident.Impact;
        var updated = AsUpdated(input);
        var customer = !string.IsNullOrWhiteSpace(impact)
            ? updated.Count > 0
                ? words.Text("postmortem.impact.at_declaration", ("impact", MarkdownText.Readable(impact.Trim(), input.Names)))
                : MarkdownText.Readable(impact.Trim(), input.Names)
            : updated.Count > 0 ? words["postmortem.impact.see_updates"] : words["postmortem.impact.not_recorded"];
        Item(sb, words.Text("postmortem.impact.customer", ("impact", customer)));
        foreach (var (number, text) in updated)
        {
            sb.Append("  - ").AppendLine(words.Text("postmortem.impact.as_of_update",
                ("number", number.ToString(CultureInfo.InvariantCulture)), ("text", MarkdownText.Readable(text, input.Names))));
        }

        Recorded(sb, words, input, "customers", d => d.Customers);
        Item(sb, Recorded(words, input, "services", d => d.Services) ?? words["postmortem.impact.services"]);
        Item(sb, Recorded(words, input, "revenue", d => d.RevenueImpact) ?? words["postmortem.impact.revenue"]);
        Item(sb, Recorded(words, input, "sla", d => d.SlaRisk) ?? words["postmortem.impact.sla"]);
        var confirmed = input.Resolution is null ? "—" : words[input.Resolution.ImpactConfirmed ? "postmortem.yes" : "postmortem.no"];
        Item(sb, words.Text("postmortem.impact.confirmed", ("answer", confirmed)));
        Item(sb, Downtime(words, input));
        Item(sb, words["postmortem.impact.prompt"]);
    }

    /// <summary>The impact as last recorded: the latest update that reported one, else the declaration's; null when none.</summary>
    public static string? Latest(PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return AsUpdated(input) is { Count: > 0 } updated ? updated[^1].Text
            : input.Incident.Impact?.Trim() is { Length: > 0 } declared ? declared : null;
    }

    /// <summary>
    /// From the start to mitigation (the customer-facing outage), and to resolution when that came later; "so far" for an
    /// incident neither mitigated nor resolved.
    /// </summary>
    private static string Downtime(Words words, PostmortemInput input)
    {
        var total = words.Duration(input.End - input.StartedAt);
        if (input.MitigatedAt is not { } mitigated)
        {
            return words.Text("postmortem.impact.downtime_so_far", ("duration", total));
        }

        var outage = words.Duration((mitigated < input.StartedAt ? input.StartedAt : mitigated) - input.StartedAt);
        return input.Incident.ResolvedAt is { } resolved && resolved > mitigated
            ? words.Text("postmortem.impact.downtime", ("duration", outage), ("total", total))
            : words.Text("postmortem.impact.downtime_resolved", ("duration", outage));
    }

    /// <summary>The impact each status update reported, where it changed from the one before.</summary>
    private static List<(int Number, string Text)> AsUpdated(PostmortemInput input)
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

    /// <summary>
    /// A field of the update template (services, customers, revenue, SLA risk) as the latest update that answered it
    /// recorded it, with that update's number: a fact the bot knows, where otherwise the team is asked to fill it in.
    /// </summary>
    private static string? Recorded(Words words, PostmortemInput input, string field, Func<Incidents.UpdateDetails, string?> value)
    {
        var latest = input.Posted.LastOrDefault(u => !string.IsNullOrWhiteSpace(value(u.Details)));
        return latest is null ? null : words.Text($"postmortem.impact.{field}_recorded",
            ("number", latest.Number.ToString(CultureInfo.InvariantCulture)), ("text", MarkdownText.Readable(value(latest.Details)!.Trim(), input.Names)));
    }

    private static void Recorded(StringBuilder sb, Words words, PostmortemInput input, string field, Func<Incidents.UpdateDetails, string?> value)
    {
        if (Recorded(words, input, field, value) is { } text)
        {
            sb.Append("  - ").AppendLine(text);
        }
    }

    private static void Item(StringBuilder sb, string text) => sb.Append("- ").AppendLine(text);
}
