namespace IncidentBot.Slack.SocketMode;

/// <summary>Socket Mode's log lines. None carries the app token or the connection URL (it holds a ticket).</summary>
internal static partial class SocketModeLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Socket Mode connection {ConnectionId} is ready")]
    public static partial void Connected(ILogger logger, int connectionId);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Socket Mode could not connect ({ErrorType}: {Error})")]
    public static partial void ConnectFailed(ILogger logger, string errorType, string error);

    [LoggerMessage(EventId = 7015, Level = LogLevel.Error,
        Message = "Slack refused the app-level token ({Error}): set SLACK_APP_TOKEN to the app's xapp- token with connections:write; asking again in {DelaySeconds:0} s")]
    public static partial void TokenRefused(ILogger logger, string error, double delaySeconds);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Socket Mode reconnecting in {DelayMs:0} ms (attempt {Attempt})")]
    public static partial void Reconnecting(ILogger logger, double delayMs, int attempt);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Debug, Message = "Socket Mode connection {ConnectionId} said hello ({NumConnections} connection(s) open)")]
    public static partial void Hello(ILogger logger, int connectionId, int numConnections);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Information, Message = "Slack asked Socket Mode connection {ConnectionId} to disconnect: {Reason}")]
    public static partial void DisconnectReceived(ILogger logger, int connectionId, string reason);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Error, Message = "Socket Mode was disabled for this app in Slack; not reconnecting")]
    public static partial void LinkDisabled(ILogger logger);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Information, Message = "Socket Mode connection {ConnectionId} closed")]
    public static partial void Closed(ILogger logger, int connectionId);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Warning, Message = "Socket Mode connection {ConnectionId} dropped ({ErrorType}: {Error})")]
    public static partial void Dropped(ILogger logger, int connectionId, string errorType, string error);

    [LoggerMessage(EventId = 7009, Level = LogLevel.Warning, Message = "Too many Socket Mode connections; closing the oldest, {ConnectionId}")]
    public static partial void ClosingOldest(ILogger logger, int connectionId);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Debug, Message = "Socket Mode connection {ConnectionId} delivered {EnvelopeType} envelope {EnvelopeId} (retry {RetryAttempt})")]
    public static partial void EnvelopeReceived(ILogger logger, int connectionId, string envelopeType, string envelopeId, int retryAttempt);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Warning, Message = "Socket Mode frame on connection {ConnectionId} ignored: {Problem}")]
    public static partial void UnreadableFrame(ILogger logger, int connectionId, string problem);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Warning, Message = "Acknowledged {EnvelopeType} envelope {EnvelopeId} without acting on it: {Problem}")]
    public static partial void UnusableEnvelope(ILogger logger, string envelopeType, string envelopeId, string problem);

    [LoggerMessage(EventId = 7013, Level = LogLevel.Error, Message = "Handling {EnvelopeType} envelope {EnvelopeId} failed; left unacknowledged")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string envelopeType, string envelopeId);

    [LoggerMessage(EventId = 7014, Level = LogLevel.Warning, Message = "Ack for envelope {EnvelopeId} on connection {ConnectionId} was not sent ({ErrorType}); Slack will redeliver")]
    public static partial void AckLost(ILogger logger, int connectionId, string? envelopeId, string errorType);
}
