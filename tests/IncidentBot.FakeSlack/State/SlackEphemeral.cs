namespace IncidentBot.FakeSlack;

/// <summary>An ephemeral message shown to one user via <c>chat.postEphemeral</c>.</summary>
public sealed record SlackEphemeral(string Channel, string User, string MessageTs, string Text, string? BlocksJson, string? ThreadTs);
