namespace IncidentBot.Core.Incidents;

/// <summary>
/// Someone (<see cref="ActorId"/>) wants <see cref="AssigneeId"/> to hold <see cref="RoleKey"/>. When
/// <see cref="Expected"/> is set, the assignment only happens if the role is still held by whom the actor saw
/// (a vacant role for "Take IC", the prefilled holder in the roles modal); otherwise it is a conflict.
/// </summary>
public sealed record RoleAssignment(long IncidentId, string RoleKey, string AssigneeId, string ActorId)
{
    public ExpectedHolder? Expected { get; init; }
}
