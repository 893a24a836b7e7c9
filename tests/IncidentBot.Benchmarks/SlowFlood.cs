using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace IncidentBot.Benchmarks;

/// <summary>
/// A stranger's slow flood on loopback: a fixed number of connections, each posting to <c>/slack/commands</c> with a
/// promise of a large body that it then trickles; a connection the bot closes is opened again a second later, at the
/// trickle's own pace, until <see cref="RunAsync"/>'s token is cancelled. Either unsigned, or signature-shaped (a fresh timestamp and a
/// well-formed signature that is wrong), which gets past the header check to the capped body read.
/// </summary>
public sealed class SlowFlood(Uri bot, int connections, int promisedBytes, bool signatureShaped)
{
    private const int PieceBytes = 1024;
    private static readonly TimeSpan PieceInterval = TimeSpan.FromSeconds(1);
    private int _open;
    private int _opened;
    private int _answered;

    /// <summary>Connections open right now.</summary>
    public int Open => Volatile.Read(ref _open);

    /// <summary>Connections opened in all, first ones and reopened ones.</summary>
    public int Opened => Volatile.Read(ref _opened);

    /// <summary>Answers the bot sent back (a refusal) before the promised body was complete.</summary>
    public int Answered => Volatile.Read(ref _answered);

    public Task RunAsync(CancellationToken ct) => Task.WhenAll(Enumerable.Range(0, connections).Select(_ => KeepOneOpenAsync(ct)));

    private async Task KeepOneOpenAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await OneConnectionAsync(ct);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
            {
                // Closed by the bot, or the run is over: open another while it lasts.
            }

            await Task.Delay(PieceInterval, CancellationToken.None);
        }
    }

    private async Task OneConnectionAsync(CancellationToken ct)
    {
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(bot.Host, bot.Port, ct);
        Interlocked.Increment(ref _opened);
        Interlocked.Increment(ref _open);
        try
        {
            var stream = client.GetStream();
            await stream.WriteAsync(Head(), ct);
            using var closed = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var reading = ReadUntilClosedAsync(stream, closed);
            var piece = new byte[PieceBytes];
            piece.AsSpan().Fill((byte)'x');
            for (var sent = 0; sent < promisedBytes && !closed.IsCancellationRequested; sent += PieceBytes)
            {
                await stream.WriteAsync(piece, closed.Token);
                await Task.Delay(PieceInterval, closed.Token);
            }

            await reading;
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    }

    private async Task ReadUntilClosedAsync(NetworkStream stream, CancellationTokenSource closed)
    {
        var buffer = new byte[4096];
        var answered = false;
        try
        {
            while (await stream.ReadAsync(buffer, closed.Token) > 0)
            {
                if (!answered)
                {
                    answered = true;
                    Interlocked.Increment(ref _answered);
                }
            }
        }
        finally
        {
            await closed.CancelAsync();
        }
    }

    private byte[] Head()
    {
        var head = new StringBuilder()
            .Append("POST /slack/commands HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {promisedBytes}\r\n");
        if (signatureShaped)
        {
            var ts = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
            head.Append(CultureInfo.InvariantCulture, $"X-Slack-Request-Timestamp: {ts}\r\nX-Slack-Signature: v0={new string('0', 64)}\r\n");
        }

        return Encoding.ASCII.GetBytes(head.Append("\r\n").ToString());
    }
}
