namespace IncidentBot.Slack.SocketMode;

/// <summary>The <c>reason</c> values of Slack's <c>disconnect</c> frame.</summary>
public static class DisconnectReasons
{
    /// <summary>Sent about 10 s before Slack closes the connection.</summary>
    public const string Warning = "warning";

    /// <summary>Slack refreshes connections every few hours: reconnect now.</summary>
    public const string RefreshRequested = "refresh_requested";

    /// <summary>Socket Mode was turned off for the app: do not reconnect.</summary>
    public const string LinkDisabled = "link_disabled";

    /// <summary>More than 10 connections are open for the app: close the oldest.</summary>
    public const string TooManyWebsockets = "too_many_websockets";
}
