using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;

namespace IncidentBot.Slack.Messages;

/// <summary>The post-mortem's summary message, its file comment, the due reminders and the review answers.</summary>
public static class PostmortemMessages
{
    public const string ReviewCompleteActionId = "postmortem_review_complete";
    public const string SummaryEventType = "postmortem_summary";
    public const string DueEventType = "postmortem_due";

    public static string FileName(Incident incident) => $"{incident.Reference}-postmortem.md";

    public static string FileTitle(Incident incident, int version) => $"{incident.Reference} post-mortem draft (v{version})";

    /// <summary>The file's comment; unique per version, so a retried upload can be recognised in the channel.</summary>
    public static string FileComment(Incident incident, int version) =>
        $":page_facing_up: {incident.Reference} post-mortem draft, version {version}: edit it, review it as a team, then mark the review complete.";

    public static (string Text, JsonArray Blocks) Summary(PostmortemInput input, int version)
    {
        var incident = input.Incident;
        var text = $"Post-mortem draft for {incident.Reference} (v{version}) is ready";
        var updates = input.Updates;
        var facts = string.Join(" · ",
            $"Duration {SlackText.Duration(input.End - input.StartedAt)}",
            $"{input.Timeline.Count} timeline entries",
            $"{input.Actions.Count(a => a.IsOpen)} open action items",
            updates.Due > 0 ? $"updates on time {updates.OnTime} of {updates.Due}" : "no update cadence");
        var rootCause = input.Resolution?.RootCause is { Length: > 0 } cause ? PersonText.Mrkdwn(cause) : "_not recorded yet_";
        return (text, Blocks.Array([
            Blocks.Section($":memo: *{text}.*\n{facts}"),
            Blocks.Section($"*Root cause*\n{rootCause}"),
            Blocks.Context("The full Markdown document follows as a file. `/incident postmortem` recompiles it from the record."),
            ReviewButton(incident),
        ]));
    }

    public static (string Text, JsonArray Blocks) Due(Incident incident, TimeSpan sinceResolved)
    {
        var who = incident.Commander is { } ic ? SlackText.User(ic) + " " : "";
        var text = $"{who}The post-mortem review for {incident.Reference} is due: resolved {SlackText.Duration(sinceResolved)} ago.";
        return (text, Blocks.Array([Blocks.Section(":hourglass: " + text + " Review the draft with the team, then mark it complete."), ReviewButton(incident)]));
    }

    public static string ReviewClosed(Incident incident) =>
        $":white_check_mark: Post-mortem review for {incident.Reference} marked complete; no more reminders.";

    public static string ReviewAlreadyClosed(Incident incident) => $"The post-mortem review for {incident.Reference} is already complete.";

    public static string ReviewWhileOpen(Incident incident) =>
        $"{incident.Reference} is open again; the post-mortem review comes after it is resolved.";

    private static JsonObject ReviewButton(Incident incident) => Blocks.Actions("postmortem_actions",
        Blocks.Button(ReviewCompleteActionId, "Review complete", incident.Id.ToString(CultureInfo.InvariantCulture), "primary"));
}
