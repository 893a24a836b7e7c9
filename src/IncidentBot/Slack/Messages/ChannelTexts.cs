using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>The incident channel's topic and purpose, within Slack's 250-character limit.</summary>
public static class ChannelTexts
{
    public const int MaxLength = 250;

    public static string Topic(Words words, Incident incident, Severity severity) => SlackText.Truncate(
        words.Text("channel.topic",
            ("reference", incident.Reference), ("severity", severity.DisplayKey), ("status", words.Status(incident.Status)),
            ("commander", incident.Commander is { } ic ? $"<@{ic}>" : words["channel.unassigned"])),
        MaxLength);

    public static string Purpose(Incident incident) => SlackText.Truncate($"{incident.Reference}: {PersonText.Mrkdwn(incident.Title)}", MaxLength);
}
