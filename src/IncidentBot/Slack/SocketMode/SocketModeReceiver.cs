using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// Reads one connection until it ends: marks <c>hello</c>, reports <c>disconnect</c> frames to the supervisor, and
/// dispatches each envelope on its own task so a slow handler never holds up the next envelope's ack.
/// </summary>
public sealed class SocketModeReceiver(SocketModeDispatcher dispatcher, ILogger<SocketModeReceiver> logger)
{
    /// <summary>Reads until the connection ends, then reports <see cref="SocketSignal.Ended"/>.</summary>
    public async Task RunAsync(SocketModeConnection connection, Action<SocketSignal> report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(report);
        var error = await connection.ReceiveAllAsync(text => OnMessage(connection, text, report, ct), ct).ConfigureAwait(false);
        if (error is null || connection.IsRetiring || ct.IsCancellationRequested)
        {
            SocketModeLog.Closed(logger, connection.Id);
        }
        else
        {
            SocketModeLog.Dropped(logger, connection.Id, error.GetType().Name, error.Message);
        }

        report(new SocketSignal(connection, SocketSignal.Ended));
    }

    private void OnMessage(SocketModeConnection connection, string text, Action<SocketSignal> report, CancellationToken ct)
    {
        switch (SocketFrame.Parse(text))
        {
            case SocketFrame.Hello hello:
                SocketModeLog.Hello(logger, connection.Id, hello.NumConnections);
                connection.MarkHello();
                break;
            case SocketFrame.Disconnect disconnect:
                SocketModeLog.DisconnectReceived(logger, connection.Id, disconnect.Reason);
                report(new SocketSignal(connection, disconnect.Reason));
                break;
            case SocketFrame.Envelope envelope:
                SocketModeLog.EnvelopeReceived(logger, connection.Id, envelope.Type, envelope.EnvelopeId, envelope.RetryAttempt);
                _ = Task.Run(() => HandleAsync(connection, envelope, ct), CancellationToken.None);
                break;
            case SocketFrame.Unreadable unreadable:
                SocketModeLog.UnreadableFrame(logger, connection.Id, unreadable.Problem);
                if (unreadable.EnvelopeId is { } id)
                {
                    _ = Task.Run(() => SendAckAsync(connection, new JsonObject { ["envelope_id"] = id }, ct), CancellationToken.None);
                }

                break;
        }
    }

    private async Task HandleAsync(SocketModeConnection connection, SocketFrame.Envelope envelope, CancellationToken ct)
    {
        if (await dispatcher.DispatchAsync(envelope, ct).ConfigureAwait(false) is { } ack)
        {
            await SendAckAsync(connection, ack, ct).ConfigureAwait(false);
        }
    }

    private async Task SendAckAsync(SocketModeConnection connection, JsonObject ack, CancellationToken ct)
    {
        try
        {
            await connection.SendAsync(ack, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // Slack redelivers an unacknowledged event; the intake's event_id record makes the redelivery a no-op.
            SocketModeLog.AckLost(logger, connection.Id, ack["envelope_id"]?.ToString(), ex.GetType().Name);
        }
    }
}
