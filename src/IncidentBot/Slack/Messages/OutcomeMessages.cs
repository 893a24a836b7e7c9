using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// What the channel reads when an incident is cancelled or merged, what the surviving incident's channel reads of a
/// duplicate, and the archive notice. Pure: state in, payload out, in the workspace's words.
/// </summary>
public static class OutcomeMessages
{
    public const string EventType = "incident_outcome";
    public const string MergedInEventType = "incident_merged_in";
    public const string ArchiveEventType = "incident_archive_notice";

    public static (string Text, JsonArray Blocks) Cancelled(Words words, Incident incident, string reason, string user)
    {
        var text = words.Text("outcome.cancelled.headline", ("reference", incident.Reference));
        return (text, Blocks.Array([
            Blocks.Section(":no_entry_sign: " + words.Text("outcome.cancelled.by", ("headline", $"*{text}*"), ("user", SlackText.User(user)))),
            Blocks.Section($"*{words["outcome.field.reason"]}*\n{PersonText.Mrkdwn(reason)}"),
            Blocks.Context(words["outcome.cancelled.hint"]),
        ]));
    }

    /// <summary>
    /// In the duplicate's channel (and the feed thread): where to carry on. The survivor's title and channel only when
    /// <paramref name="showsTarget"/> (everyone reading here may see it), else its number alone.
    /// </summary>
    public static (string Text, JsonArray Blocks) Merged(Words words, Incident incident, Incident target, bool showsTarget, string user)
    {
        var text = words.Text("outcome.merged.headline", ("reference", incident.Reference), ("target", target.Reference));
        var go = showsTarget && target.ChannelId is { } channel
            ? words.Text("outcome.merged.go_channel", ("channel", SlackText.Channel(channel)), ("title", PersonText.Mrkdwn(target.Title)))
            : words.Text("outcome.merged.go", ("target", target.Reference));
        return (text, Blocks.Array([
            Blocks.Section(":twisted_rightwards_arrows: " + words.Text("outcome.merged.by", ("headline", $"*{text}*"), ("user", SlackText.User(user)))
                + "\n" + go),
            Blocks.Context(words.Text("outcome.merged.hint", ("reference", incident.Reference))),
        ]));
    }

    /// <summary>In the surviving incident's channel, posted only where the duplicate may be shown.</summary>
    public static (string Text, JsonArray Blocks) MergedIn(Words words, Incident survivor, Incident duplicate)
    {
        var text = words.Text("outcome.merged_in.text",
            ("reference", duplicate.Reference), ("title", PersonText.Mrkdwn(duplicate.Title)), ("target", survivor.Reference));
        return (text, Blocks.Array([
            Blocks.Section($":twisted_rightwards_arrows: {text}."),
            Blocks.Context(words.Text("outcome.merged_in.detail", ("reference", duplicate.Reference))),
        ]));
    }

    public static (string Text, JsonArray Blocks) ArchiveNotice(Words words, DateTimeOffset archiveAt)
    {
        var text = words.Text("outcome.archive.notice", ("when", SlackText.Date(archiveAt)));
        return (text, Blocks.Array([Blocks.Section($":file_cabinet: {text} {words["outcome.archive.keep_hint"]}")]));
    }

    /// <summary>The status line of the brief and headline for a cancelled or merged incident; null for any other.</summary>
    public static string? Status(Words words, Incident incident) => incident.Outcome switch
    {
        IncidentOutcome.Cancelled => words["outcome.status.cancelled"],
        IncidentOutcome.Merged => words.Text("outcome.status.merged", ("target", $"INC-{incident.MergedInto}")),
        _ => null,
    };
}
