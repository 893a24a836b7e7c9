using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>The incident channel's topic and purpose, within Slack's 250-character limit.</summary>
public static class ChannelTexts
{
    public const int MaxLength = 250;

    public static string Topic(Incident incident, Severity severity) => SlackText.Truncate(
        $"{incident.Reference} · {severity.DisplayKey} · {StatusText.Of(incident.Status)} · IC: {(incident.Commander is { } ic ? $"<@{ic}>" : "unassigned")}",
        MaxLength);

    public static string Purpose(Incident incident) => SlackText.Truncate($"{incident.Reference}: {PersonText.Mrkdwn(incident.Title)}", MaxLength);
}
