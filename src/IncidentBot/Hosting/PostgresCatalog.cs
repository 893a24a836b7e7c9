using Dapper;
using Npgsql;

namespace IncidentBot.Hosting;

/// <summary>
/// The tables of a PostgreSQL database's current schema as <c>information_schema</c> and the system catalogs describe
/// them: each table's columns and types, which tables reference which (so rows can be written parents first), which
/// carry triggers of their own, and which columns take their values from a sequence.
/// </summary>
public sealed class PostgresCatalog
{
    private readonly Dictionary<string, Dictionary<string, PostgresColumn>> _columns;
    private readonly ILookup<string, (string Column, string Sequence)> _sequences;
    private readonly HashSet<string> _triggered;

    private PostgresCatalog(IReadOnlyList<string> tables, Dictionary<string, Dictionary<string, PostgresColumn>> columns,
        ILookup<string, (string Column, string Sequence)> sequences, HashSet<string> triggered)
    {
        Tables = tables;
        _columns = columns;
        _sequences = sequences;
        _triggered = triggered;
    }

    /// <summary>Every table, each after the tables it references.</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>The column of <paramref name="table"/> named <paramref name="name"/> in any case, or null.</summary>
    public PostgresColumn? Column(string table, string name) =>
        _columns.TryGetValue(table, out var columns) && columns.TryGetValue(name, out var column) ? column : null;

    /// <summary>The columns of <paramref name="table"/> filled from a sequence (identity or serial), with the sequence.</summary>
    public IEnumerable<(string Column, string Sequence)> Sequences(string table) => _sequences[table];

    /// <summary>Whether <paramref name="table"/> has triggers of its own (not those behind foreign keys).</summary>
    public bool HasTriggers(string table) => _triggered.Contains(table);

    public static async Task<PostgresCatalog> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var columns = (await connection.QueryAsync<(string Table, string Column, string Type, string? Sequence)>("""
            SELECT c.table_name, c.column_name, c.data_type, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name)
            FROM information_schema.columns c JOIN information_schema.tables t
              ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = current_schema()
            ORDER BY c.table_name, c.ordinal_position
            """, transaction: transaction)).ToList();
        var references = (await connection.QueryAsync<(string Child, string Parent)>("""
            SELECT child.relname, parent.relname FROM pg_constraint k
            JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
            WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace
            """, transaction: transaction)).ToList();
        var triggered = (await connection.QueryAsync<string>("""
            SELECT DISTINCT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
            WHERE NOT g.tgisinternal AND c.relnamespace = current_schema()::regnamespace
            """, transaction: transaction)).ToHashSet();

        var byTable = columns.GroupBy(c => c.Table).ToDictionary(g => g.Key,
            g => g.ToDictionary(c => c.Column, c => new PostgresColumn(c.Table, c.Column, c.Type), StringComparer.OrdinalIgnoreCase));
        var sequences = columns.Where(c => c.Sequence is not null).ToLookup(c => c.Table, c => (c.Column, c.Sequence!));
        return new PostgresCatalog(ParentsFirst(byTable.Keys, references), byTable, sequences, triggered);
    }

    /// <summary>The tables ordered so that each comes after every table it references (a self-reference aside).</summary>
    private static List<string> ParentsFirst(IEnumerable<string> tables, IReadOnlyList<(string Child, string Parent)> references)
    {
        var remaining = tables.Order(StringComparer.Ordinal).ToList();
        var ordered = new List<string>();
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(t => references.All(r => r.Child != t || r.Parent == t || !remaining.Contains(r.Parent))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException($"The tables {string.Join(", ", remaining)} reference each other in a cycle.");
            }

            ordered.AddRange(ready);
            remaining.RemoveAll(ready.Contains);
        }

        return ordered;
    }
}
