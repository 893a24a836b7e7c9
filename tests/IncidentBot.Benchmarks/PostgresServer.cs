using System.Diagnostics;
using IncidentBot.Testing;
using Npgsql;

namespace IncidentBot.Benchmarks;

/// <summary>
/// The PostgreSQL server a run's scenarios make their databases on: the one <c>INCIDENTBOT_BENCH_POSTGRES</c> names (a
/// connection string with rights to create databases), or else a throwaway server the run starts with
/// <c>scripts/throwaway-postgres</c> and stops at its end. Its connection string may hold a password: it is never printed.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string Variable = "INCIDENTBOT_BENCH_POSTGRES";

    private readonly string? _script;
    private readonly string? _throwawayFolder;

    private PostgresServer(string connectionString, string? script, string? throwawayFolder)
    {
        ConnectionString = connectionString;
        (_script, _throwawayFolder) = (script, throwawayFolder);

        // Fresh databases come from the tests' own TestDatabases, which reads its server from this variable once, on
        // first use; nothing has used it yet.
        Environment.SetEnvironmentVariable(TestDatabases.ServerVariable, connectionString);
    }

    public string ConnectionString { get; }

    /// <summary>
    /// The server named by <see cref="Variable"/>, else a throwaway one started now; when neither is possible, null (or,
    /// when <paramref name="required"/>, an error saying why).
    /// </summary>
    public static PostgresServer? Find(string repoRoot, bool required)
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return new PostgresServer(given, null, null);
        }

        var script = Path.Combine(repoRoot, "scripts", "throwaway-postgres");
        var folderFile = Path.Combine(Path.GetTempPath(), $"incidentbot-bench-pg-{Guid.NewGuid():N}");
        var (code, output, error) = Run(script, ["start"], folderFile);
        var folder = File.Exists(folderFile) ? File.ReadAllText(folderFile).Trim() : null;
        File.Delete(folderFile);
        if (code == 0 && folder is not null && output.Trim() is { Length: > 0 } connectionString)
        {
            Console.WriteLine("Started a throwaway PostgreSQL server for this run.");
            return new PostgresServer(connectionString, script, folder);
        }

        var why = $"No PostgreSQL server: {Variable} is not set and scripts/throwaway-postgres could not start one ({error.Trim()}).";
        return required ? throw new InvalidOperationException(why) : Report(why);
    }

    /// <summary>The server's version and where it came from, for the report's header.</summary>
    public string Describe()
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        string Show(string setting)
        {
            using var command = new NpgsqlCommand($"SHOW {setting}", connection);
            return command.ExecuteScalar()?.ToString() ?? "?";
        }

        var where = _throwawayFolder is null ? $"the server `{Variable}` names" : "a throwaway server on the same host, started by the run with `scripts/throwaway-postgres`";
        return $"PostgreSQL {Show("server_version").Split(' ')[0]} ({where}; fsync {Show("fsync")}, synchronous_commit {Show("synchronous_commit")})";
    }

    public void Dispose()
    {
        if (_script is not null && _throwawayFolder is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Run(_script, ["stop", _throwawayFolder], null);
        }
    }

    private static PostgresServer? Report(string why)
    {
        Console.WriteLine(why + " Running on SQLite only.");
        return null;
    }

    private static (int Code, string Output, string Error) Run(string script, string[] arguments, string? folderFile)
    {
        var info = new ProcessStartInfo(script, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (folderFile is not null)
        {
            info.Environment["PGTHROWAWAY_FILE"] = folderFile;
        }

        try
        {
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, "", ex.Message);
        }
    }
}
