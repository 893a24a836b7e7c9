using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.FakeSlack;

/// <summary>The server side of one Socket Mode WebSocket: sends frames one at a time and reads the bot's acks.</summary>
internal sealed class FakeSocketConnection(int id, WebSocket socket, HttpContext http) : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private int _disconnecting;
    private int _closedByServer;
    private int _aborted;

    public int Id { get; } = id;

    public bool IsOpen => socket.State == WebSocketState.Open;

    /// <summary>Told to disconnect: like Slack, the fake delivers no more envelopes on it.</summary>
    public bool IsDisconnecting => Volatile.Read(ref _disconnecting) == 1;

    public void MarkDisconnecting() => Interlocked.Exchange(ref _disconnecting, 1);

    public async Task SendAsync(JsonObject frame)
    {
        var bytes = Encoding.UTF8.GetBytes(frame.ToJsonString());
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Reads messages until the connection ends; returns how it ended (a <see cref="SocketEvent"/> kind).</summary>
    public async Task<string> ReadAllAsync(Action<string> onMessage)
    {
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.GetMemory(8192), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return await AnswerCloseAsync();
                }

                buffer.Advance(result.Count);
                if (result.EndOfMessage)
                {
                    onMessage(Encoding.UTF8.GetString(buffer.WrittenSpan));
                    buffer.ResetWrittenCount();
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            return Volatile.Read(ref _closedByServer) == 1 && Volatile.Read(ref _aborted) == 0 ? SocketEvent.ClosedByServer : SocketEvent.Dropped;
        }
    }

    /// <summary>Starts a close handshake from the server side.</summary>
    public async Task CloseAsync()
    {
        MarkDisconnecting();
        Interlocked.Exchange(ref _closedByServer, 1);
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "server closing", CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Cuts the TCP connection with no close handshake, as a network failure would.</summary>
    public void Abort()
    {
        MarkDisconnecting();
        Interlocked.Exchange(ref _aborted, 1);
        socket.Abort();
        try
        {
            http.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request already ended (the client closed first): the connection is gone either way.
        }
    }

    public void Dispose() => _sendLock.Dispose();

    private async Task<string> AnswerCloseAsync()
    {
        if (Volatile.Read(ref _closedByServer) == 1)
        {
            return SocketEvent.ClosedByServer;
        }

        MarkDisconnecting();
        if (socket.State == WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }

        return SocketEvent.ClosedByClient;
    }
}
