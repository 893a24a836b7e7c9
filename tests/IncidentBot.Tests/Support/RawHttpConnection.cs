using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace IncidentBot.Tests.Support;

/// <summary>
/// One HTTP/1.1 request written by hand over a socket, so a test controls what arrives when: the headers alone, a
/// body in slow pieces, or nothing more.
/// </summary>
public sealed class RawHttpConnection : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    private RawHttpConnection(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    public static async Task<RawHttpConnection> OpenAsync(Uri baseAddress)
    {
        var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        return new RawHttpConnection(client);
    }

    /// <summary>Sends the request line and headers; <paramref name="headers"/> should include Content-Length.</summary>
    public Task SendHeadAsync(string path, IReadOnlyDictionary<string, string> headers)
    {
        var head = new StringBuilder().Append(CultureInfo.InvariantCulture, $"POST {path} HTTP/1.1\r\nHost: localhost\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        return SendAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()));
    }

    public async Task SendAsync(ReadOnlyMemory<byte> bytes)
    {
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    /// <summary>Reads until the server closes or the answer's declared body has arrived; fails after <paramref name="timeout"/>.</summary>
    public async Task<RawAnswer> ReadAnswerAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            while (!RawAnswer.TryParse(received.ToArray(), out _))
            {
                var read = await _stream.ReadAsync(buffer, cts.Token);
                if (read == 0)
                {
                    break;
                }

                received.Write(buffer, 0, read);
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No answer within {timeout.TotalSeconds:0.#} s; received so far: {Encoding.ASCII.GetString(received.ToArray())}");
        }

        return RawAnswer.TryParse(received.ToArray(), out var answer) ? answer! : throw new AssertionException("The connection closed without an answer.");
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client.Dispose();
    }
}
