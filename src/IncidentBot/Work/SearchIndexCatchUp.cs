using IncidentBot.Core.Storage;

namespace IncidentBot.Work;

/// <summary>
/// On PostgreSQL, rebuilds the web view's search documents of incidents written in the last few seconds, off the path
/// that answers Slack: writes only note an incident as stale, and a search catches up on whatever is left before it
/// reads, so this keeps that remainder small. Each replica runs it; catch-ups take turns in the database.
/// </summary>
public sealed class SearchIndexCatchUp(Database database, IncidentStore incidents, TimeProvider time, ILogger<SearchIndexCatchUp> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Engine != DatabaseEngine.Postgres)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await BackgroundWork.RunAsync(() => incidents.CatchUpSearchAsync(stoppingToken));
                }
                catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException)
                {
                    logger.LogWarning("Catching up the search index failed ({Problem}); searches catch up before they read", ex.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
