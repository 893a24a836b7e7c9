using System.Data;
using Dapper;
using IncidentBot.Core.Postmortems;

namespace IncidentBot.Core.Storage;

/// <summary>
/// Compiled post-mortem versions. A request key (a resolution, a <c>/incident postmortem</c>) compiles one version of one
/// incident: keys such as <c>resolve-1</c> repeat across incidents, so they are stored scoped by the incident.
/// </summary>
public sealed class PostmortemStore(Database database)
{
    private const string Columns = "incident_id, version, markdown, compiled_at, file_id, message_ts";

    public async Task<StoredPostmortem?> FindByRequestKeyAsync(IDbTransaction tx, long incidentId, string requestKey) =>
        (await tx.Connection!.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM postmortems WHERE request_key = @key", new { key = Scoped(incidentId, requestKey) }, tx))?.ToStored();

    public async Task<StoredPostmortem?> GetAsync(long incidentId, int version, CancellationToken ct = default) =>
        (await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM postmortems WHERE incident_id = @incidentId AND version = @version", new { incidentId, version }), ct))?.ToStored();

    public async Task<StoredPostmortem?> LatestAsync(long incidentId, CancellationToken ct = default) =>
        (await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM postmortems WHERE incident_id = @incidentId ORDER BY version DESC LIMIT 1", new { incidentId }), ct))?.ToStored();

    /// <summary>Every compiled version of the incident's post-mortem, newest first: its number and when it was compiled.</summary>
    public async Task<IReadOnlyList<(int Version, DateTimeOffset CompiledAt)>> ListVersionsAsync(long incidentId, CancellationToken ct = default) =>
        (await database.ReadAsync(c => c.QueryAsync<(long Version, long CompiledAt)>(
            "SELECT version, compiled_at FROM postmortems WHERE incident_id = @incidentId ORDER BY version DESC", new { incidentId }), ct))
        .Select(r => ((int)r.Version, UnixTime.FromUnixMs(r.CompiledAt))).ToList();

    public async Task<StoredPostmortem?> LatestAsync(IDbTransaction tx, long incidentId) =>
        (await tx.Connection!.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM postmortems WHERE incident_id = @incidentId ORDER BY version DESC LIMIT 1", new { incidentId }, tx))?.ToStored();

    /// <summary>Stores the next version for the incident and returns it.</summary>
    public async Task<StoredPostmortem> AddAsync(IDbTransaction tx, long incidentId, string requestKey, string markdown, DateTimeOffset at)
    {
        // The incident's next version: a counter on its row, which concurrent writers take in turn.
        var version = await tx.Connection!.ExecuteScalarAsync<int>(
            "UPDATE incidents SET postmortem_seq = postmortem_seq + 1 WHERE id = @incidentId RETURNING postmortem_seq", new { incidentId }, tx);
        await tx.Connection!.ExecuteAsync("""
            INSERT INTO postmortems (incident_id, version, request_key, markdown, compiled_at)
            VALUES (@incidentId, @version, @key, @markdown, @at)
            """, new { incidentId, version, key = Scoped(incidentId, requestKey), markdown, at = UnixTime.ToUnixMs(at) }, tx);
        return new StoredPostmortem(incidentId, version, markdown, at, null, null);
    }

    public Task SetPublishedAsync(long incidentId, int version, string? messageTs, string? fileId, CancellationToken ct = default) =>
        database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync("""
            UPDATE postmortems SET message_ts = COALESCE(@messageTs, message_ts), file_id = COALESCE(@fileId, file_id)
            WHERE incident_id = @incidentId AND version = @version
            """, new { incidentId, version, messageTs, fileId }, tx), Isolation.RowLocks, ct);

    /// <summary>When the IC role row says it was (last) assigned, or null.</summary>
    public Task<DateTimeOffset?> CommanderAssignedAtAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(async c => UnixTime.FromUnixMs(await c.ExecuteScalarAsync<long?>(
            "SELECT assigned_at FROM incident_roles WHERE incident_id = @incidentId AND role_key = 'ic'", new { incidentId })), ct);

    private static string Scoped(long incidentId, string requestKey) =>
        $"inc-{incidentId.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{requestKey}";

    private sealed class Row
    {
        public long IncidentId { get; set; }
        public long Version { get; set; }
        public string Markdown { get; set; } = "";
        public long CompiledAt { get; set; }
        public string? FileId { get; set; }
        public string? MessageTs { get; set; }

        public StoredPostmortem ToStored() => new(IncidentId, (int)Version, Markdown, UnixTime.FromUnixMs(CompiledAt), FileId, MessageTs);
    }
}
