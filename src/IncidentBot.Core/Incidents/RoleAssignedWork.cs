using System.Text.Json;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Queued with every role assignment: invite the new holder, DM them the duty, and warn the channel when one person
/// holds both IC and lead. <see cref="EntryId"/> (the assignment's timeline entry) makes each effect happen once.
/// </summary>
public sealed record RoleAssignedWork(string RoleKey, string UserId, string? PreviousUserId, string AssignedBy, long EntryId, bool CommanderIsLead)
{
    public const string Kind = "role_assigned";

    public string DedupeKey(long incidentId) => $"role:{incidentId}:{RoleKey}:{EntryId}";

    /// <summary>The IC role the declarer took by declaring (entry 0): provisioning has invited them already.</summary>
    public bool ByDeclaring => EntryId == 0;

    public string Serialize() => JsonSerializer.Serialize(this);

    public static RoleAssignedWork Parse(string json) =>
        JsonSerializer.Deserialize<RoleAssignedWork>(json) ?? throw new JsonException("empty role_assigned payload");
}
