namespace IncidentBot.Core.Incidents;

/// <summary>A configured role: key (<c>ic</c>), display name and the duty sent on assignment.</summary>
public sealed record RoleDefinition(string Key, string Name, string Duty, int Order);
