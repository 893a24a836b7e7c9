namespace IncidentBot.Slack.Api;

/// <summary>Where a message landed: the channel id and its timestamp.</summary>
public sealed record PostedMessage(string Channel, string Ts);
