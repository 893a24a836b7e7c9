namespace IncidentBot.Core.Incidents;

/// <summary>An ephemeral message for one person in one channel, queued after the change it reports.</summary>
public sealed record EphemeralNotice(string Channel, string User, string Text);
