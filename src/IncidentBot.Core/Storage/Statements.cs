using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;

namespace IncidentBot.Core.Storage;

/// <summary>
/// The reads and writes Slack's answers wait on. On SQLite each is compiled once per connection and kept with it: SQLite
/// spends more time compiling such a statement than running it, and <see cref="SqliteDatabase"/> keeps its connections
/// open between uses. On PostgreSQL each call is a command of its own (the server plans it). Arguments are named as in
/// the SQL (<c>@id</c>), and every call of one statement gives all of them (on SQLite a value left out would keep the
/// one bound before); rows are mapped as Dapper maps them.
/// </summary>
internal static class Statements
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, Prepared>> ByConnection = new();

    /// <summary>Runs a statement that returns no rows; the number of rows it changed.</summary>
    public static int Execute(IDbTransaction tx, string sql, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        if (tx.Connection is not SqliteConnection)
        {
            using var command = Command(tx.Connection!, tx, sql, args);
            return command.ExecuteNonQuery();
        }

        return Bind(tx.Connection!, tx, sql, args).Command.ExecuteNonQuery();
    }

    /// <summary>
    /// The rows a query returns, each mapped to <typeparamref name="T"/>. SQLite's driver runs queries synchronously
    /// whichever method is called, so these are synchronous too.
    /// </summary>
    public static List<T> Query<T>(IDbConnection connection, IDbTransaction? tx, string sql,
        params ReadOnlySpan<(string Name, object? Value)> args)
    {
        if (connection is not SqliteConnection)
        {
            using var command = Command(connection, tx, sql, args);
            using var reader = command.ExecuteReader();
            var found = new List<T>();
            var parser = reader.GetRowParser<T>();
            while (reader.Read())
            {
                found.Add(parser(reader));
            }

            return found;
        }

        var prepared = Bind(connection, tx, sql, args);
        var rows = new List<T>();
        using (var reader = prepared.Command.ExecuteReader())
        {
            if (!reader.Read())
            {
                return rows;
            }

            var parse = prepared.Parser<T>(reader);
            do
            {
                rows.Add(parse(reader));
            }
            while (reader.Read());
        }

        return rows;
    }

    /// <summary>A one-use command with <paramref name="args"/> bound.</summary>
    private static DbCommand Command(IDbConnection connection, IDbTransaction? tx, string sql, ReadOnlySpan<(string Name, object? Value)> args)
    {
        var command = ((DbConnection)connection).CreateCommand();
        command.CommandText = sql;
        command.Transaction = (DbTransaction?)tx;
        foreach (var (name, value) in args)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static Prepared Bind(IDbConnection connection, IDbTransaction? tx, string sql, ReadOnlySpan<(string Name, object? Value)> args)
    {
        var sqlite = (SqliteConnection)connection;
        var statements = ByConnection.GetValue(sqlite, static _ => new Dictionary<string, Prepared>(StringComparer.Ordinal));
        if (!statements.TryGetValue(sql, out var prepared))
        {
            var created = sqlite.CreateCommand();
            created.CommandText = sql;
            prepared = new Prepared(created);
            statements.Add(sql, prepared);
        }

        var command = prepared.Command;
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

        return prepared;
    }

    /// <summary>A compiled statement and the parsers made for its rows.</summary>
    private sealed class Prepared(SqliteCommand command)
    {
        private readonly Dictionary<(Type, ulong), Delegate> _parsers = [];

        public SqliteCommand Command { get; } = command;

        /// <summary>
        /// The parser for rows like the first one read. A parser depends on the row type and the type of each column
        /// (Dapper reads them from the first row); SQLite reports a column's stored type, or its declared type where it
        /// is NULL. Each column here always holds one type, so the columns that are NULL tell the parsers apart: one is
        /// made for each case met and kept, instead of the driver working out every column's type at every query.
        /// </summary>
        public Func<DbDataReader, T> Parser<T>(DbDataReader firstRow)
        {
            var nulls = 0UL;
            for (var i = 0; i < Math.Min(firstRow.FieldCount, 64); i++)
            {
                if (firstRow.IsDBNull(i))
                {
                    nulls |= 1UL << i;
                }
            }

            if (firstRow.FieldCount > 64 || !_parsers.TryGetValue((typeof(T), nulls), out var parser))
            {
                parser = firstRow.GetRowParser<T>();
                _parsers[(typeof(T), nulls)] = parser;
            }

            return (Func<DbDataReader, T>)parser;
        }
    }
}
