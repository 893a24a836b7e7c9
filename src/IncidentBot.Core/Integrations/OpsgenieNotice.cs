namespace IncidentBot.Core.Integrations;

/// <summary>
/// One Opsgenie webhook delivery as read: the alert's id and alias, whether it was acknowledged (else closed), who did
/// it (an Opsgenie user name, when a person did), and the alert's update stamp, which tells one action from its redelivery.
/// </summary>
public sealed record OpsgenieNotice(string AlertId, bool Acknowledged, string? Alias, string? User, string? Stamp);
