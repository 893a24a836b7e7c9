using System.Data.Common;
using IncidentBot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace IncidentBot.Jobs;

/// <summary>
/// The connections Quartz opens to the bot's SQLite file, given the settings the bot's own connections have
/// (<see cref="SqliteDatabase.SharedConnectionPragmas"/>). Without <c>busy_timeout</c> a scheduler write that met the
/// bot's writer got SQLite's "busy" at once, and the driver slept 150 ms before trying again, so a reminder could fire
/// that much late; without <c>synchronous=NORMAL</c> every scheduler commit synced the file while holding the write lock
/// that acknowledgements wait on.
/// </summary>
public sealed class SchedulerConnections : DbProviderFactory
{
    public static readonly SchedulerConnections Instance = new();

    private SchedulerConnections()
    {
    }

    public override DbConnection CreateConnection() => new SettledConnection();

    public override DbCommand CreateCommand() => SqliteFactory.Instance.CreateCommand();

    public override DbParameter CreateParameter() => SqliteFactory.Instance.CreateParameter();

    public override DbConnectionStringBuilder CreateConnectionStringBuilder() => SqliteFactory.Instance.CreateConnectionStringBuilder();

    /// <summary>
    /// A SQLite connection that applies the shared settings each time it opens (the driver's pool keeps the handle, so
    /// they are set again on one that already has them, which costs one short statement). The driver's asynchronous open
    /// is the base class's, which calls <see cref="Open"/>.
    /// </summary>
    private sealed class SettledConnection : SqliteConnection
    {
        public override void Open()
        {
            base.Open();
            using var command = CreateCommand();
            command.CommandText = SqliteDatabase.SharedConnectionPragmas;
            command.ExecuteNonQuery();
        }
    }
}
