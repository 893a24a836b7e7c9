namespace IncidentBot.Core.Incidents;

/// <summary>The n-th reminder about empty required roles, naming them (role keys).</summary>
public sealed record RoleReminderPayload(int Number, IReadOnlyList<string> MissingRoles);
