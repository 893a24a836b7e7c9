namespace IncidentBot.Core.Policies;

/// <summary>Whether an action is allowed and, when refused, who may do it (user ids).</summary>
public sealed record PermissionDecision(bool Allowed, string? Commander, IReadOnlyList<string> Admins)
{
    public static PermissionDecision Allow { get; } = new(true, null, []);
}
