using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The post-mortem's summary message, its file comment, the due reminders and the review answers. The channel's
/// messages and the file take the workspace's words; answers take the clicker's.
/// </summary>
public static class PostmortemMessages
{
    public const string ReviewCompleteActionId = "postmortem_review_complete";
    public const string SummaryEventType = "postmortem_summary";
    public const string DueEventType = "postmortem_due";

    /// <summary>The uploaded file's name: Latin in every language, as file names travel through tools that mangle others.</summary>
    public static string FileName(Incident incident) => $"{incident.Reference}-postmortem.md";

    public static string FileTitle(Words words, Incident incident, int version) =>
        words.Text("postmortem.file.title", ("reference", incident.Reference), ("version", version));

    /// <summary>The file's comment; unique per version, so a retried upload can be recognised in the channel.</summary>
    public static string FileComment(Words words, Incident incident, int version) =>
        ":page_facing_up: " + words.Text("postmortem.file.comment", ("reference", incident.Reference), ("version", version));

    /// <summary>
    /// The channel's summary of a compiled version; <paramref name="changes"/> (a recompile's "Changed since version n: …")
    /// stands under its facts.
    /// </summary>
    public static (string Text, JsonArray Blocks) Summary(Words words, PostmortemInput input, int version, string? changes = null)
    {
        var incident = input.Incident;
        var text = words.Text("postmortem.message.ready", ("reference", incident.Reference), ("version", version));
        var updates = input.Updates;
        var facts = string.Join(" · ",
            words.Text("postmortem.message.duration", ("duration", words.Duration(input.End - input.StartedAt))),
            words.Count("postmortem.message.entries", input.Timeline.Count),
            words.Count("postmortem.message.open_actions", input.Actions.Count(a => a.IsOpen)),
            updates.Due > 0
                ? words.Text("postmortem.message.updates_on_time", ("on_time", updates.OnTime), ("due", updates.Due))
                : words["postmortem.message.no_cadence"]);
        var rootCause = input.Resolution?.RootCause is { Length: > 0 } cause ? PersonText.Mrkdwn(cause) : words["postmortem.message.root_cause_missing"];
        var summary = changes is null ? $":memo: *{text}.*\n{facts}" : $":memo: *{text}.*\n{facts}\n{SlackText.Escape(changes)}";
        return (text, Blocks.Array([
            Blocks.Section(summary),
            Blocks.Section($"*{words["postmortem.message.root_cause"]}*\n{rootCause}"),
            Blocks.Context(words["postmortem.message.file_follows"]),
            ReviewButton(words, incident),
        ]));
    }

    /// <summary>Most overdue action items one review reminder lists; the rest are counted.</summary>
    public const int OverdueShown = 10;

    /// <summary>
    /// The review reminder; <paramref name="overdue"/> (open items past their due date, or not done within
    /// <paramref name="businessDays"/> business days) are listed under it, their owners mentioned.
    /// </summary>
    public static (string Text, JsonArray Blocks) Due(Words words, Incident incident, TimeSpan sinceResolved,
        IReadOnlyList<ActionItem>? overdue = null, int businessDays = ActionItemDeadline.DefaultBusinessDays)
    {
        var ago = words.Duration(sinceResolved);
        var text = incident.Commander is { } ic
            ? words.Text("postmortem.due.text_commander", ("commander", SlackText.User(ic)), ("reference", incident.Reference), ("duration", ago))
            : words.Text("postmortem.due.text", ("reference", incident.Reference), ("duration", ago));
        var blocks = new List<JsonObject> { Blocks.Section($":hourglass: {text} {words["postmortem.due.ask"]}") };
        if (overdue is { Count: > 0 })
        {
            blocks.Add(Blocks.Section(Overdue(words, overdue, businessDays)));
        }

        blocks.Add(ReviewButton(words, incident));
        return (text, Blocks.Array(blocks));
    }

    private static string Overdue(Words words, IReadOnlyList<ActionItem> overdue, int businessDays)
    {
        var lines = overdue.Take(OverdueShown)
            .Select(item => words.Text("postmortem.due.overdue_line", ("number", item.Number), ("line", ActionItemMessages.Line(words, item))));
        var more = overdue.Count > OverdueShown ? "\n" + words.Count("postmortem.due.overdue_more", overdue.Count - OverdueShown) : "";
        return words.Count("postmortem.due.overdue_heading", overdue.Count, ("days", businessDays)) + "\n" + string.Join("\n", lines) + more;
    }

    public static string ReviewClosed(Words words, Incident incident) =>
        ":white_check_mark: " + words.Text("postmortem.review.closed", ("reference", incident.Reference));

    public static string ReviewAlreadyClosed(Words words, Incident incident) =>
        words.Text("postmortem.review.already_closed", ("reference", incident.Reference));

    public static string ReviewWhileOpen(Words words, Incident incident) =>
        words.Text("postmortem.review.while_open", ("reference", incident.Reference));

    private static JsonObject ReviewButton(Words words, Incident incident) => Blocks.Actions("postmortem_actions",
        Blocks.Button(ReviewCompleteActionId, words["postmortem.button.review_complete"], incident.Id.ToString(CultureInfo.InvariantCulture), "primary"));
}
