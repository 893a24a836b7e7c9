namespace IncidentBot.Core.Storage;

/// <summary>The database engines the bot runs on.</summary>
public enum DatabaseEngine
{
    /// <summary>A file beside the bot: nothing to set up, one process.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: any number of replicas share it.</summary>
    Postgres,
}
