using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: receives whole text messages (reassembling multi-frame ones) and sends one message at a
/// time. Ping/pong keep-alive is left to the WebSocket (see <see cref="SocketModeConnector"/>).
/// </summary>
public sealed class SocketModeConnection : IAsyncDisposable
{
    private const int MaxMessageBytes = 8 * 1024 * 1024;
    private static int s_lastId;
    private readonly WebSocket _socket;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _retiring;

    public SocketModeConnection(WebSocket socket, TimeProvider time)
    {
        _socket = socket;
        _time = time;
        Id = Interlocked.Increment(ref s_lastId);
    }

    /// <summary>A number for logs, unique in this process (the URL carries a ticket and is never logged).</summary>
    public int Id { get; }

    /// <summary>Completes when <c>hello</c> has arrived on this connection.</summary>
    public Task HelloReceived => _hello.Task;

    public bool IsReady => _hello.Task.IsCompleted && _socket.State == WebSocketState.Open;

    /// <summary>Set once Slack asked for this connection to be replaced (or we are closing it): it is not counted as live.</summary>
    public bool IsRetiring => Volatile.Read(ref _retiring) == 1;

    public void MarkHello() => _hello.TrySetResult();

    /// <summary>Marks the connection as on its way out; true the first time only.</summary>
    public bool Retire() => Interlocked.Exchange(ref _retiring, 1) == 0;

    /// <summary>
    /// Hands each whole text message to <paramref name="onMessage"/> until the connection closes or drops; returns how
    /// it ended (null for a close handshake, else the error). Never throws.
    /// </summary>
    public async Task<Exception?> ReceiveAllAsync(Action<string> onMessage, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(onMessage);
        try
        {
            while (await ReceiveAsync(ct).ConfigureAwait(false) is { } text)
            {
                onMessage(text);
            }

            return null;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            return ex;
        }
        finally
        {
            _ended.TrySetResult();
        }
    }

    private async Task<string?> ReceiveAsync(CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(16 * 1024), ct).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, "Socket Mode message larger than 8 MB");
            }

            if (result.EndOfMessage)
            {
                return result.MessageType == WebSocketMessageType.Text ? Encoding.UTF8.GetString(buffer.WrittenSpan) : "";
            }
        }
    }

    public async Task SendAsync(JsonObject message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sendLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Closes with a handshake and waits for the receive loop to see Slack's answer, aborting the socket if that takes
    /// longer than <paramref name="timeout"/>.
    /// </summary>
    public async Task CloseAsync(TimeSpan timeout)
    {
        Retire();
        using var cts = new CancellationTokenSource(timeout, _time);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", cts.Token).ConfigureAwait(false);
            }

            await _ended.Task.WaitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _socket.Abort();
        }
    }

    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
