using IncidentBot.Core.Storage;

namespace IncidentBot.Work;

/// <summary>
/// Checkpoints the database's write-ahead log every second, off the path that answers Slack and on the low-priority
/// <see cref="FollowUpThreads"/>.
/// </summary>
public sealed class WalCheckpointer(SqliteDatabase database, FollowUpThreads threads, TimeProvider time, ILogger<WalCheckpointer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await threads.RunAsync(() => database.CheckpointAsync(stoppingToken));
            }
            catch (Microsoft.Data.Sqlite.SqliteException ex)
            {
                logger.LogWarning("WAL checkpoint failed: {Problem}", ex.Message);
            }
        }
    }
}
