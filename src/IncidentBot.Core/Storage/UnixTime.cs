namespace IncidentBot.Core.Storage;

/// <summary>Converts between stored Unix milliseconds and <see cref="DateTimeOffset"/> (always UTC).</summary>
public static class UnixTime
{
    public static long ToUnixMs(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static DateTimeOffset? FromUnixMs(long? ms) => ms is { } v ? FromUnixMs(v) : null;

    public static long? ToUnixMs(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds();
}
