using System.Data;
using Dapper;

namespace IncidentBot.Core.Storage;

/// <summary>
/// Prunes the bookkeeping that only guards against doubles for a while: finished work (<c>outbox</c> rows done, or
/// failed: given up after its attempts),
/// delivered event ids (<c>slack_events</c>) and effect records (<c>slack_effects</c> done). Incidents, timelines,
/// updates, action items and post-mortems are never touched. Nothing is pruned that a double could still come from:
/// only rows older than the cutoff, and none from on or after the creation of the oldest work still pending or running
/// (its Slack effects and its event ids stay until it has finished); an effect only attempted is kept for its
/// reconciliation. Deletes run in small batches, each its own short transaction, so answers to Slack never wait long.
/// </summary>
public sealed class RetentionStore(Database database)
{
    public const int BatchSize = 500;

    public async Task<PrunedCounts> PruneAsync(DateTimeOffset olderThan, CancellationToken ct = default)
    {
        var total = new PrunedCounts(0, 0, 0);
        while (true)
        {
            var batch = await database.InTransactionAsync(tx => Task.FromResult(PruneBatch(tx, UnixTime.ToUnixMs(olderThan))), ct);
            total += batch;
            if (batch.Work < BatchSize && batch.Events < BatchSize && batch.Effects < BatchSize)
            {
                return total;
            }
        }
    }

    private static PrunedCounts PruneBatch(IDbTransaction tx, long olderThan)
    {
        var oldestUnfinished = tx.Connection!.ExecuteScalar<long?>(
            "SELECT MIN(created_at) FROM outbox WHERE status IN ('pending', 'running')", transaction: tx);
        var cutoff = Math.Min(olderThan, oldestUnfinished ?? long.MaxValue);
        return new PrunedCounts(
            Delete(tx, """
                DELETE FROM outbox WHERE id IN (
                    SELECT id FROM outbox WHERE status IN ('done', 'failed') AND created_at < @cutoff LIMIT @batch)
                """, cutoff),
            Delete(tx, """
                DELETE FROM slack_events WHERE event_id IN (
                    SELECT event_id FROM slack_events WHERE received_at < @cutoff LIMIT @batch)
                """, cutoff),
            Delete(tx, """
                DELETE FROM slack_effects WHERE key IN (
                    SELECT key FROM slack_effects WHERE state = 'done' AND updated_at < @cutoff LIMIT @batch)
                """, cutoff));
    }

    // Run once a day: not kept compiled on the connection as the hot statements are.
    private static int Delete(IDbTransaction tx, string sql, long cutoff) =>
        tx.Connection!.Execute(sql, new { cutoff, batch = BatchSize }, tx);
}
