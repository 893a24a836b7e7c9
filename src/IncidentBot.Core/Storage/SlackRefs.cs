namespace IncidentBot.Core.Storage;

/// <summary>Slack identifiers learned while provisioning an incident; null leaves a column unchanged.</summary>
public sealed record SlackRefs(string? ChannelId = null, string? ChannelName = null, string? BriefTs = null, string? FeedTs = null);
