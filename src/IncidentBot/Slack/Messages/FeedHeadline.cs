using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The headline in the feed channel: title, severity, status, IC, link to the channel.</summary>
public static class FeedHeadline
{
    public const string MetadataEventType = "incident_headline";

    public static (string Text, JsonArray Blocks) Build(Words words, Incident incident, Severity severity)
    {
        var head = $"{StatusText.Emoji(incident.Status)} *{incident.Reference} · {severity.DisplayKey} · {ResolutionMessages.Status(words, incident)}* — {PersonText.Mrkdwn(incident.Title)}";
        var channel = incident.ChannelId is { } id ? SlackText.Channel(id) : words["headline.channel_pending"];
        var detail = words.Text("headline.detail",
            ("commander", SlackText.User(words, incident.Commander)), ("channel", channel), ("declared", SlackText.Date(incident.DeclaredAt)));
        var text = $"{incident.Reference} · {severity.DisplayKey} · {words.Status(incident.Status)}: {PersonText.Mrkdwn(incident.Title)}";
        return (text, Blocks.Array([Blocks.Section(head), Blocks.Context(detail)]));
    }
}
