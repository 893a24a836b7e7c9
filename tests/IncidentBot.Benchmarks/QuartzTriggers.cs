using System.Data.Common;
using Dapper;
using IncidentBot.Core.Storage;

namespace IncidentBot.Benchmarks;

/// <summary>
/// Reads the scheduler's tables in the bot's database, from outside the bot: Quartz's <c>qrtz_*</c> tables, which are
/// upper case on SQLite (whose names ignore case) and lower case on PostgreSQL, so one spelling serves both.
/// </summary>
public static class QuartzTriggers
{
    public static async Task<long> CountAsync(Database database, string group)
    {
        try
        {
            return await database.ReadAsync(c => c.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM qrtz_triggers WHERE trigger_group = @group", new { group }));
        }
        catch (DbException)
        {
            return 0; // The scheduler has not created its tables yet.
        }
    }

    /// <summary>Polls every 100 ms until the group has <paramref name="count"/> triggers; returns the count reached.</summary>
    public static async Task<long> WaitForCountAsync(string databaseSetting, string group, long count, TimeSpan timeout)
    {
        using var database = Database.Open(databaseSetting);
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        long current;
        while ((current = await CountAsync(database, group)) < count && Environment.TickCount64 < deadline)
        {
            await Task.Delay(100);
        }

        return current;
    }

    /// <summary>The scheduler instances that have checked in to the cluster (PostgreSQL), one row each.</summary>
    public static async Task<long> ClusterInstancesAsync(string databaseSetting)
    {
        using var database = Database.Open(databaseSetting);
        return await database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qrtz_scheduler_state"));
    }
}
