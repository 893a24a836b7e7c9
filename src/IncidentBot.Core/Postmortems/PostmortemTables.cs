using System.Globalization;
using System.Text;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Postmortems;

/// <summary>
/// The post-mortem's tables: key times, the timeline (UTC and the configured zone) and action items. Times in the
/// tables are <c>yyyy-MM-dd HH:mm</c> in every language: they sort, and they read the same everywhere.
/// </summary>
public static class PostmortemTables
{
    private const string TimeFormat = "yyyy-MM-dd HH:mm";

    public static void KeyTimes(StringBuilder sb, Words words, PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(words);
        PostmortemCompiler.Heading(sb, words["postmortem.key_times.heading"]);
        sb.Append("| ").Append(words["postmortem.key_times.moment"]).Append(" | ").Append(words["postmortem.time_utc"]).Append(" | ")
            .Append(ZoneColumn(words, input)).AppendLine(" |").AppendLine("| --- | --- | --- |");
        KeyRow(sb, input, words["postmortem.key_times.started"], input.StartedAt);
        var fillIn = words["postmortem.key_times.fill_in"];
        if (input.FirstAlertAt is { } firstAlert)
        {
            KeyRow(sb, input, words["alert.postmortem.first_alert"], firstAlert);
        }
        else
        {
            sb.Append("| ").Append(Detected(words, input.Incident)).Append(" | ").Append(fillIn).Append(" | ").Append(fillIn).AppendLine(" |");
        }

        KeyRow(sb, input, words["postmortem.key_times.declared"], input.Incident.DeclaredAt);
        KeyRow(sb, input, words["postmortem.key_times.commander"], input.CommanderAssignedAt);
        KeyRow(sb, input, words["postmortem.key_times.mitigated"], input.MitigatedAt);
        KeyRow(sb, input, words["postmortem.key_times.resolved"], input.Incident.ResolvedAt);
        var declared = input.Incident.DeclaredAt;
        sb.AppendLine().Append("| ").Append(words["postmortem.key_times.measure"]).Append(" | ").Append(words["postmortem.key_times.duration"])
            .AppendLine(" |").AppendLine("| --- | --- |");
        var acknowledged = input.Pages.Select(p => p.AckedAt).Min();
        MeasureRow(sb, acknowledged is null ? words["postmortem.key_times.acknowledge"] : words["oncall.postmortem.acknowledge"],
            words.Duration((acknowledged ?? input.CommanderAssignedAt) - declared));
        if (input.Pages.Count > 0)
        {
            MeasureRow(sb, words["oncall.postmortem.unanswered"], words.Text("oncall.postmortem.unanswered_value",
                ("unanswered", input.Pages.Count(p => p.ExpiredAt is not null)), ("pages", input.Pages.Count)));
        }

        MeasureRow(sb, words["postmortem.key_times.mitigate"], words.Duration(input.MitigatedAt - declared));
        MeasureRow(sb, words["postmortem.key_times.resolve"], words.Duration(input.Incident.ResolvedAt - declared));
        if (input.FirstAlertAt is { } fired)
        {
            // Detection is measured from the start only when something was recorded before the first alert (a back-dated
            // entry); otherwise the start is the alert itself and how long the problem went unnoticed is the team's to say.
            MeasureRow(sb, words["alert.postmortem.time_to_detect"], input.StartedAt < fired ? words.Duration(fired - input.StartedAt) : fillIn);
            MeasureRow(sb, words["alert.postmortem.time_to_declare"], words.Duration(declared - fired));
        }
    }

    /// <summary>"Detected", with how when the declarer said (the declare form's "how was it detected").</summary>
    private static string Detected(Words words, Incidents.Incident incident) =>
        Incidents.DetectionSource.IsKnown(incident.DetectedVia)
            ? words.Text("types.postmortem.detected_via", ("how", words[$"types.detected.{incident.DetectedVia}"]))
            : words["postmortem.key_times.detected"];

    /// <summary>The timeline table under <paramref name="heading"/>.</summary>
    public static void Timeline(StringBuilder sb, Words words, PostmortemInput input, string heading)
    {
        ArgumentNullException.ThrowIfNull(words);
        PostmortemCompiler.Heading(sb, heading);
        sb.Append("| ").Append(words["postmortem.time_utc"]).Append(" | ").Append(ZoneColumn(words, input)).Append(" | ")
            .Append(words["postmortem.timeline.event"]).Append(" | ").Append(words["postmortem.timeline.by"]).AppendLine(" |")
            .AppendLine("| --- | --- | --- | --- |");
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

    public static void Actions(StringBuilder sb, Words words, PostmortemInput input)
    {
        ArgumentNullException.ThrowIfNull(words);
        PostmortemCompiler.Heading(sb, words["postmortem.actions.heading"]);
        if (input.Actions.Count == 0)
        {
            sb.AppendLine(words["postmortem.actions.none"]);
            return;
        }

        sb.Append("| ").AppendJoin(" | ", words["postmortem.actions.number"], words["postmortem.actions.action"], words["postmortem.actions.owner"],
                words["postmortem.actions.due"], words["postmortem.actions.priority"], words["postmortem.actions.state"])
            .AppendLine(" |").AppendLine("| --- | --- | --- | --- | --- | --- |");
        var (unowned, open, done) = (words["postmortem.actions.unowned"], words["postmortem.actions.open"], words["postmortem.actions.done"]);
        var overdue = words["postmortem.actions.overdue"];
        foreach (var item in input.Actions)
        {
            sb.Append("| ").Append(item.Number).Append(" | ");
            MarkdownText.AppendCell(sb, item.Text, input.Names);
            sb.Append(" | ").Append(item.Owner is { } o ? MarkdownText.Cell(MarkdownText.User(o, input.Names)) : unowned)
                .Append(" | ").Append(item.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—")
                .Append(" | ").Append(item.Priority.ToUpperInvariant())
                .Append(" | ").Append(!item.IsOpen ? done : input.IsOverdue(item) ? overdue : open).Append(Ticket(item)).AppendLine(" |");
        }
    }

    /// <summary>" · [OPS-12](https://…/browse/OPS-12)" for an item filed in the team's tracker; empty otherwise.</summary>
    private static string Ticket(Incidents.ActionItem item) =>
        item is { TicketKey: { } key, TicketUrl: { } url } && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? $" · [{MarkdownText.Cell(key)}]({uri.AbsoluteUri.Replace(")", "%29", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal)})"
            : "";

    private static string ZoneColumn(Words words, PostmortemInput input) => words.Text("postmortem.time_zone", ("zone", input.Zone.Id));

    private static void MeasureRow(StringBuilder sb, string label, string duration) =>
        sb.Append("| ").Append(label).Append(" | ").Append(duration).AppendLine(" |");

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
