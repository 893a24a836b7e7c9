using Npgsql;

namespace IncidentBot.Core.Storage;

/// <summary>
/// Recognises a PostgreSQL database setting and turns it into Npgsql's connection string: a URL
/// (<c>postgres://user:password@host:5432/db?sslmode=require</c>) or keywords (<c>Host=…;Database=…;Username=…</c>).
/// </summary>
public static class PostgresSettings
{
    public static bool IsPostgres(string setting) => TryParse(setting, out _);

    public static bool TryParse(string setting, out string connectionString)
    {
        connectionString = "";
        var text = setting.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            connectionString = FromUrl(new Uri(text));
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
