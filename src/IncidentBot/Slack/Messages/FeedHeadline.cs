using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>The headline in the feed channel: title, severity, status, IC, link to the channel.</summary>
public static class FeedHeadline
{
    public const string MetadataEventType = "incident_headline";

    public static (string Text, JsonArray Blocks) Build(Incident incident, Severity severity)
    {
        var head = $"{StatusText.Emoji(incident.Status)} *{incident.Reference} · {severity.DisplayKey} · {ResolutionMessages.Status(incident)}* — {PersonText.Mrkdwn(incident.Title)}";
        var channel = incident.ChannelId is { } id ? SlackText.Channel(id) : "channel being created";
        var detail = $"IC: {SlackText.User(incident.Commander)} · {channel} · declared {SlackText.Date(incident.DeclaredAt)}";
        var text = $"{incident.Reference} · {severity.DisplayKey} · {StatusText.Of(incident.Status)}: {PersonText.Mrkdwn(incident.Title)}";
        return (text, Blocks.Array([Blocks.Section(head), Blocks.Context(detail)]));
    }
}
