using Dapper;
using IncidentBot.Core.Integrations;

namespace IncidentBot.Core.Storage;

/// <summary>
/// Which Statuspage incident each incident publishes to and how far it is in step. One sync at a time holds an
/// incident's claim (<see cref="TryClaimAsync"/>), so its messages go in order and its Statuspage incident is created once;
/// a claim older than <see cref="ClaimLasts"/> belongs to a sync that crashed and is taken over.
/// </summary>
public sealed class StatuspageSyncStore(Database database)
{
    public static readonly TimeSpan ClaimLasts = TimeSpan.FromMinutes(1);

    private const string Columns =
        "incident_id AS IncidentId, statuspage_id AS StatuspageId, shortlink AS Shortlink, sent_message_id AS SentMessageId, sent_resolution AS SentResolution, component_ids AS ComponentIds";

    public Task<StatuspageLink?> GetAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(c => c.QueryFirstOrDefaultAsync<StatuspageLink?>(
            $"SELECT {Columns} FROM statuspage_incidents WHERE incident_id = @incidentId", new { incidentId }), ct);

    /// <summary>Claims the incident for <paramref name="claim"/>; its row when claimed, null while another sync holds it.</summary>
    public async Task<StatuspageLink?> TryClaimAsync(long incidentId, string claim, DateTimeOffset now, CancellationToken ct = default)
    {
        var claimed = await database.InTransactionAsync(async tx =>
        {
            await tx.Connection!.ExecuteAsync(
                "INSERT INTO statuspage_incidents (incident_id) VALUES (@incidentId) ON CONFLICT (incident_id) DO NOTHING", new { incidentId }, tx);
            return await tx.Connection!.ExecuteAsync("""
                UPDATE statuspage_incidents SET claim = @claim, claimed_at = @at
                WHERE incident_id = @incidentId AND (claim IS NULL OR claim = @claim OR claimed_at < @stale)
                """, new { incidentId, claim, at = UnixTime.ToUnixMs(now), stale = UnixTime.ToUnixMs(now - ClaimLasts) }, tx);
        }, ct);
        return claimed > 0 ? await GetAsync(incidentId, ct) : null;
    }

    public Task ReleaseAsync(long incidentId, string claim, CancellationToken ct = default) =>
        database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync(
            "UPDATE statuspage_incidents SET claim = NULL WHERE incident_id = @incidentId AND claim = @claim", new { incidentId, claim }, tx), ct);

    /// <summary>Records the Statuspage incident created for the incident.</summary>
    public Task SaveCreatedAsync(long incidentId, string statuspageId, string? shortlink, CancellationToken ct = default) =>
        database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync(
            "UPDATE statuspage_incidents SET statuspage_id = @statuspageId, shortlink = @shortlink WHERE incident_id = @incidentId",
            new { incidentId, statuspageId, shortlink }, tx), ct);

    /// <summary>Records a message sent (or refused, so it is not sent again) and the components sent so far.</summary>
    public Task SaveSentMessageAsync(long incidentId, long messageId, IEnumerable<string> componentIds, CancellationToken ct = default) =>
        database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync(
            "UPDATE statuspage_incidents SET sent_message_id = @messageId, component_ids = @ids WHERE incident_id = @incidentId",
            new { incidentId, messageId, ids = string.Join(",", componentIds) }, tx), ct);

    /// <summary>Records a resolution sent (or refused, so it is not sent again) and the components sent so far.</summary>
    public Task SaveSentResolutionAsync(long incidentId, int sequence, IEnumerable<string> componentIds, CancellationToken ct = default) =>
        database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync(
            "UPDATE statuspage_incidents SET sent_resolution = @sequence, component_ids = @ids WHERE incident_id = @incidentId",
            new { incidentId, sequence = (long)sequence, ids = string.Join(",", componentIds) }, tx), ct);
}
