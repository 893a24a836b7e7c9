using System.Data;
using Dapper;

namespace IncidentBot.Core.Storage;

/// <summary>
/// Role holders as compare-and-set writes: a holder changes only from the holder the caller read, so two people
/// taking the same role at once cannot both win. Writes take the caller's transaction.
/// </summary>
public sealed class RoleStore
{
    /// <summary>Sets the holder if the role is still held by <paramref name="expected"/> (null: vacant); false otherwise.</summary>
    public async Task<bool> TrySetAsync(IDbTransaction tx, long incidentId, string roleKey, string? expected, string userId, DateTimeOffset at)
    {
        var args = new { incidentId, roleKey, expected, userId, at = UnixTime.ToUnixMs(at) };
        var changed = expected is null
            ? await tx.Connection!.ExecuteAsync("""
                INSERT INTO incident_roles (incident_id, role_key, user_id, assigned_at) VALUES (@incidentId, @roleKey, @userId, @at)
                ON CONFLICT (incident_id, role_key) DO NOTHING
                """, args, tx)
            : await tx.Connection!.ExecuteAsync("""
                UPDATE incident_roles SET user_id = @userId, assigned_at = @at
                WHERE incident_id = @incidentId AND role_key = @roleKey AND user_id = @expected
                """, args, tx);
        return changed > 0;
    }

    /// <summary>The id of the incident's newest timeline entry: inside a write transaction, the one just added.</summary>
    public Task<long> LatestTimelineEntryIdAsync(IDbTransaction tx, long incidentId) =>
        tx.Connection!.ExecuteScalarAsync<long>("SELECT MAX(id) FROM timeline WHERE incident_id = @incidentId", new { incidentId }, tx);
}
