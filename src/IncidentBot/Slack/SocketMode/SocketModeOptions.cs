namespace IncidentBot.Slack.SocketMode;

/// <summary>Socket Mode timings, with their defaults in one place.</summary>
public sealed record SocketModeOptions
{
    /// <summary>Client pings, as Slack's SDKs do (every 5 s).</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A connection whose pong does not come back within this is treated as dropped.</summary>
    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a new connection may take to say <c>hello</c> before it counts as failed.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The wait before asking again when Slack refused the app-level token itself (a wrong, revoked or bot token):
    /// apps.connections.open is Tier 1, about once a minute, and asking faster changes nothing.
    /// </summary>
    public TimeSpan RefusedTokenDelay { get; init; } = TimeSpan.FromMinutes(1);
}
