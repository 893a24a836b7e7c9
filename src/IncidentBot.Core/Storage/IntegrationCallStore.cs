using Dapper;
using IncidentBot.Core.Integrations;

namespace IncidentBot.Core.Storage;

/// <summary>
/// The last call to each integration's vendor, for <c>/incident integrations</c>: one row per integration, overwritten by
/// each call on any replica. The detail is a status or a failure's kind, never a body or a secret.
/// </summary>
public sealed class IntegrationCallStore(Database database)
{
    public const int MaxDetail = 200;

    public Task RecordAsync(IntegrationCall call, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        var detail = call.Detail is { Length: > MaxDetail } long_ ? long_[..MaxDetail] : call.Detail;
        return database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync("""
            INSERT INTO integration_calls (name, called_at, succeeded, detail) VALUES (@name, @at, @succeeded, @detail)
            ON CONFLICT (name) DO UPDATE SET called_at = excluded.called_at, succeeded = excluded.succeeded, detail = excluded.detail
            """, new { name = call.Name, at = UnixTime.ToUnixMs(call.CalledAt), succeeded = call.Succeeded ? 1L : 0L, detail }, tx), ct);
    }

    /// <summary>Every integration's last call, by name.</summary>
    public Task<IReadOnlyDictionary<string, IntegrationCall>> LastCallsAsync(CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyDictionary<string, IntegrationCall>>(async c =>
            (await c.QueryAsync<(string Name, long CalledAt, long Succeeded, string? Detail)>(
                "SELECT name, called_at, succeeded, detail FROM integration_calls"))
            .ToDictionary(r => r.Name, r => new IntegrationCall(r.Name, UnixTime.FromUnixMs(r.CalledAt), r.Succeeded != 0, r.Detail), StringComparer.Ordinal), ct);
}
