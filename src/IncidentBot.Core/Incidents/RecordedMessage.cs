namespace IncidentBot.Core.Incidents;

/// <summary>A Slack message marked for the timeline (pinned, or given the timeline reaction), as Slack reported it.</summary>
public sealed record RecordedMessage(
    long IncidentId,
    string Channel,
    string Ts,
    string? Author,
    string Text,
    string? Permalink,
    DateTimeOffset PostedAt)
{
    /// <summary>One key per message, so a pin, a reaction and Slack's retries record it once.</summary>
    public string SourceKey => $"msg:{Channel}:{Ts}";
}
