using IncidentBot.Core.Storage;
using IncidentBot.Testing;

namespace IncidentBot.Benchmarks;

/// <summary>
/// A database engine the scenarios run on, and a fresh database of it for each scenario: a new SQLite file, or a new
/// database on the run's PostgreSQL server (<see cref="PostgresServer"/>), made the way the tests make theirs.
/// </summary>
public sealed record BenchmarkEngine(DatabaseEngine Engine)
{
    public static readonly BenchmarkEngine Sqlite = new(DatabaseEngine.Sqlite);

    public static readonly BenchmarkEngine Postgres = new(DatabaseEngine.Postgres);

    public string Label => Engine == DatabaseEngine.Postgres ? "PostgreSQL" : "SQLite";

    /// <summary>A new, empty database's <c>INCIDENTBOT_DATABASE</c> setting; <see cref="Drop"/> removes it.</summary>
    public string CreateDatabase()
    {
        if (Engine == DatabaseEngine.Sqlite)
        {
            return TestDatabases.NewSqlite("bench");
        }

        if (TestDatabases.Engine != DatabaseEngine.Postgres)
        {
            throw new InvalidOperationException("No PostgreSQL server for this run: set " + PostgresServer.Variable + " or install PostgreSQL.");
        }

        return TestDatabases.Create();
    }

    public static void Drop(string setting) => TestDatabases.Drop(setting);
}
