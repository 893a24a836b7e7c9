using System.Globalization;
using NpgsqlTypes;

namespace IncidentBot.Hosting;

/// <summary>
/// A column of a PostgreSQL table with its type as <c>information_schema</c> names it, and what a value read from SQLite
/// becomes in it: SQLite keeps numbers, flags and blobs loosely (a flag is an integer, a blob may have been written as
/// text), PostgreSQL takes exactly its column's type (<c>bool</c>, <c>bytea</c>, 16-, 32- and 64-bit integers).
/// </summary>
public sealed record PostgresColumn(string Table, string Name, string DataType)
{
    public NpgsqlDbType DbType => DataType switch
    {
        "bigint" => NpgsqlDbType.Bigint,
        "integer" => NpgsqlDbType.Integer,
        "smallint" => NpgsqlDbType.Smallint,
        "boolean" => NpgsqlDbType.Boolean,
        "bytea" => NpgsqlDbType.Bytea,
        "numeric" => NpgsqlDbType.Numeric,
        "double precision" => NpgsqlDbType.Double,
        "real" => NpgsqlDbType.Real,
        "text" or "character varying" or "character" => NpgsqlDbType.Text,
        _ => throw new NotSupportedException($"{Table}.{Name} is of type {DataType}, which values from SQLite are not converted to."),
    };

    /// <summary><paramref name="value"/> (as SQLite's driver returns it, null for NULL) as this column's type takes it.</summary>
    public object? Convert(object? value) => value switch
    {
        null or DBNull => null,
        _ => DbType switch
        {
            NpgsqlDbType.Bigint => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
            NpgsqlDbType.Integer => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
            NpgsqlDbType.Smallint => System.Convert.ToInt16(value, CultureInfo.InvariantCulture),
            NpgsqlDbType.Boolean => ToBoolean(value),
            NpgsqlDbType.Bytea => value as byte[] ?? System.Text.Encoding.UTF8.GetBytes(System.Convert.ToString(value, CultureInfo.InvariantCulture)!),
            NpgsqlDbType.Numeric => System.Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            NpgsqlDbType.Double => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
            NpgsqlDbType.Real => System.Convert.ToSingle(value, CultureInfo.InvariantCulture),
            _ => value as string ?? (value is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : System.Convert.ToString(value, CultureInfo.InvariantCulture)),
        },
    };

    /// <summary>SQLite has no booleans: a flag is stored as 0/1, or as the text a client wrote for it.</summary>
    private bool ToBoolean(object value) => value switch
    {
        bool flag => flag,
        long or int or short or byte => System.Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
        string text when text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        string text when text is "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        _ => throw new FormatException($"{Table}.{Name}: {value} is not a flag."),
    };
}
