using System.Globalization;
using System.Text;

namespace IncidentBot.Tests.Support;

/// <summary>An HTTP/1.1 answer read off a socket: its status, headers (lower-case names) and body.</summary>
public sealed record RawAnswer(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>False until the whole answer (head, and a body of its declared or chunked length) has arrived.</summary>
    public static bool TryParse(byte[] received, out RawAnswer? answer)
    {
        answer = null;
        var end = received.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            return false;
        }

        var lines = Encoding.ASCII.GetString(received, 0, end).Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim(), StringComparer.Ordinal);
        var body = received[(end + 4)..];
        if (headers.TryGetValue("content-length", out var length) && body.Length < int.Parse(length, CultureInfo.InvariantCulture))
        {
            return false;
        }

        if (headers.TryGetValue("transfer-encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            if (!body.AsSpan().EndsWith("0\r\n\r\n"u8))
            {
                return false;
            }

            body = Unchunk(body);
        }

        answer = new RawAnswer(int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture), headers, Encoding.UTF8.GetString(body));
        return true;
    }

    private static byte[] Unchunk(byte[] chunked)
    {
        var body = new MemoryStream();
        var at = 0;
        while (true)
        {
            var lineEnd = at + chunked.AsSpan(at).IndexOf("\r\n"u8);
            var size = int.Parse(Encoding.ASCII.GetString(chunked, at, lineEnd - at), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                return body.ToArray();
            }

            body.Write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
