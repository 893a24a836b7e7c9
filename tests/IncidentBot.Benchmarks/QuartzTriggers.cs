using Microsoft.Data.Sqlite;

namespace IncidentBot.Benchmarks;

/// <summary>Reads Quartz's trigger table in the bot's SQLite file (read-only, from outside the bot).</summary>
public static class QuartzTriggers
{
    public static async Task<long> CountAsync(string databasePath, string group)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = $group";
        command.Parameters.AddWithValue("$group", group);
        try
        {
            return (long)(await command.ExecuteScalarAsync() ?? 0L);
        }
        catch (SqliteException)
        {
            return 0; // Quartz has not created its tables yet, or the file is busy.
        }
    }

    /// <summary>Polls every 100 ms until the group has <paramref name="count"/> triggers; returns the count reached.</summary>
    public static async Task<long> WaitForCountAsync(string databasePath, string group, long count, TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        long current;
        while ((current = await CountAsync(databasePath, group)) < count && Environment.TickCount64 < deadline)
        {
            await Task.Delay(100);
        }

        return current;
    }
}
