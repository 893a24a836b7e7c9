using IncidentBot.Core.Storage;

namespace IncidentBot.Work;

/// <summary>
/// On SQLite, checkpoints the database's write-ahead log every second, off the path that answers Slack. Not on
/// <see cref="FollowUpThreads"/>: a checkpoint blocks its thread while the file syncs, and there the queue's work would
/// wait behind it.
/// </summary>
public sealed class WalCheckpointer(Database database, TimeProvider time, ILogger<WalCheckpointer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database is not SqliteDatabase sqlite)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await sqlite.CheckpointAsync(stoppingToken);
            }
            catch (Microsoft.Data.Sqlite.SqliteException ex)
            {
                logger.LogWarning("WAL checkpoint failed: {Problem}", ex.Message);
            }
        }
    }
}
