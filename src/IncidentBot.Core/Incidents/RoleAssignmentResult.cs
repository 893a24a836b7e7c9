using IncidentBot.Core.Policies;

namespace IncidentBot.Core.Incidents;

/// <summary>What became of a <see cref="RoleAssignment"/>.</summary>
public abstract record RoleAssignmentResult
{
    /// <summary>The role changed hands; <see cref="Previous"/> is null when it was vacant.</summary>
    public sealed record Assigned(Incident Incident, RoleDefinition Role, string? Previous) : RoleAssignmentResult;

    /// <summary>The assignee already holds the role: nothing changed.</summary>
    public sealed record Unchanged(Incident Incident, RoleDefinition Role) : RoleAssignmentResult;

    /// <summary>The actor may not reassign this role (the permission policy); the decision names who may.</summary>
    public sealed record Refused(Incident Incident, RoleDefinition Role, PermissionDecision Decision) : RoleAssignmentResult;

    /// <summary>The role is no longer held by whom the actor saw: <see cref="Holder"/> holds it now.</summary>
    public sealed record Conflict(Incident Incident, RoleDefinition Role, string? Holder) : RoleAssignmentResult;

    public sealed record UnknownRole(string RoleKey) : RoleAssignmentResult;

    public sealed record NotFound(long IncidentId) : RoleAssignmentResult;
}
