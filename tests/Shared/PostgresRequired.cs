using NUnit.Framework;

namespace IncidentBot.Testing;

/// <summary>
/// For the tests that only mean something on PostgreSQL (replicas, the move from SQLite, schema parity): skipped, not
/// failed, on a run without a server (<see cref="TestDatabases.ServerVariable"/> unset), as CI runs the suite once per engine.
/// </summary>
public static class PostgresRequired
{
    /// <summary>The server's connection string; the test is skipped when the run has none.</summary>
    public static string Server()
    {
        if (TestDatabases.Server is not { } server)
        {
            Assert.Ignore($"needs a PostgreSQL server: set {TestDatabases.ServerVariable}");
            throw new InvalidOperationException("unreachable");
        }

        return server;
    }
}
