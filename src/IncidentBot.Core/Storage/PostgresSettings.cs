using Npgsql;

namespace IncidentBot.Core.Storage;

/// <summary>
/// Recognises a PostgreSQL database setting and turns it into Npgsql's connection string: a URL
/// (<c>postgres://user:password@host:5432/db?sslmode=require</c>) or keywords (<c>Host=…;Database=…;Username=…</c>).
/// </summary>
public static class PostgresSettings
{
    public static bool IsPostgres(string setting) => TryParse(setting, out _);

    /// <summary>
    /// What is wrong with a setting meant for PostgreSQL (a <c>postgres://</c> URL, or keywords with a <c>Host</c>), or
    /// null when it is usable or meant for SQLite. The setting itself is not repeated: it may hold a password.
    /// </summary>
    public static string? Problem(string setting)
    {
        var text = setting.Trim();
        var url = text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
        if (!url && !text.Contains("host=", StringComparison.OrdinalIgnoreCase) && !text.Contains("server=", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return TryParse(text, out _) ? null : "names no PostgreSQL host: give Host=…;Database=…;Username=…;Password=… or postgres://user:password@host:5432/database.";
        }
        catch (Exception ex) when (ex is UriFormatException or ArgumentException or FormatException)
        {
            return $"is not a PostgreSQL connection string or URL the bot can read ({ex.GetType().Name}): give Host=…;Database=…;Username=…;Password=… " +
                "or postgres://user:password@host:5432/database.";
        }
    }

    public static bool TryParse(string setting, out string connectionString)
    {
        connectionString = "";
        var text = setting.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            var url = new Uri(text);
            if (url.Host.Length == 0)
            {
                return false;
            }

            connectionString = FromUrl(url);
            return true;
        }

        if (!text.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(text);
        }
        catch (ArgumentException)
        {
            // A keyword Npgsql does not know (SQLite's "Data Source", "Mode", "Cache"): not PostgreSQL's.
            return false;
        }

        if (string.IsNullOrEmpty(builder.Host))
        {
            return false;
        }

        connectionString = builder.ConnectionString;
        return true;
    }

    private static string FromUrl(Uri url)
    {
        var builder = new NpgsqlConnectionStringBuilder { Host = url.Host };
        if (!url.IsDefaultPort && url.Port > 0)
        {
            builder.Port = url.Port;
        }

        var database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        if (url.UserInfo.Length > 0)
        {
            var colon = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? url.UserInfo : url.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(url.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
        }

        return builder.ConnectionString;
    }
}
