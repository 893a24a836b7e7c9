using System.Data;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;

namespace IncidentBot.Core.Storage;

/// <summary>
/// Statements compiled once per connection and kept with it, for the reads and writes Slack's answers wait on. SQLite
/// spends more time compiling such a statement than running it; <see cref="SqliteDatabase"/> keeps its connections open
/// between uses, so each statement here is compiled once per connection instead of at every call. Arguments are named
/// as in the SQL (<c>@id</c>); rows are mapped by column name, as Dapper maps them.
/// </summary>
internal static class Statements
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Prepared = new();

    /// <summary>Runs a statement that returns no rows; the number of rows it changed.</summary>
    public static int Execute(IDbTransaction tx, string sql, params ReadOnlySpan<(string Name, object? Value)> args) =>
        Command(tx.Connection!, tx, sql, args).ExecuteNonQuery();

    /// <summary>
    /// The rows a query returns, each mapped to <typeparamref name="T"/>. SQLite's driver runs queries synchronously
    /// whichever method is called, so these are synchronous too.
    /// </summary>
    public static List<T> Query<T>(IDbConnection connection, IDbTransaction? tx, string sql,
        params ReadOnlySpan<(string Name, object? Value)> args)
    {
        var command = Command(connection, tx, sql, args);
        var rows = new List<T>();
        using (var reader = command.ExecuteReader())
        {
            var parse = reader.GetRowParser<T>();
            while (reader.Read())
            {
                rows.Add(parse(reader));
            }
        }

        return rows;
    }

    private static SqliteCommand Command(IDbConnection connection, IDbTransaction? tx, string sql, ReadOnlySpan<(string Name, object? Value)> args)
    {
        var sqlite = (SqliteConnection)connection;
        var commands = Prepared.GetValue(sqlite, static _ => new Dictionary<string, SqliteCommand>(StringComparer.Ordinal));
        if (!commands.TryGetValue(sql, out var command))
        {
            command = sqlite.CreateCommand();
            command.CommandText = sql;
            commands.Add(sql, command);
        }

        command.Transaction = (SqliteTransaction?)tx;
        var parameters = command.Parameters;
        foreach (var (name, value) in args)
        {
            var index = parameters.IndexOf(name);
            if (index < 0)
            {
                parameters.AddWithValue(name, value ?? DBNull.Value);
            }
            else
            {
                parameters[index].Value = value ?? DBNull.Value;
            }
        }

        return command;
    }
}
