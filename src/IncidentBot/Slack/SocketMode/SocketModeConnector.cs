using System.Net.WebSockets;
using IncidentBot.Slack.Api;

namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// Opens one Socket Mode connection: asks <c>apps.connections.open</c> (with the app-level token) for a URL, then
/// connects a <see cref="ClientWebSocket"/> that pings every few seconds and gives up on a peer that stops answering.
/// </summary>
public sealed class SocketModeConnector(ISlackApi slack, SocketModeOptions options, TimeProvider time)
{
    /// <summary>A connected socket; <c>hello</c> has not necessarily arrived yet.</summary>
    public async Task<SocketModeConnection> ConnectAsync(CancellationToken ct)
    {
        var url = await slack.OpenSocketConnectionAsync(ct).ConfigureAwait(false);
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = options.KeepAliveInterval;
        socket.Options.KeepAliveTimeout = options.KeepAliveTimeout;
        using var timeout = new CancellationTokenSource(options.ConnectTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            await socket.ConnectAsync(url, linked.Token).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new SocketModeConnection(socket, time);
    }
}
