using System.Buffers;

namespace IncidentBot.Slack.Http;

/// <summary>The raw body of a Slack request, read once, verified, then parsed.</summary>
public sealed record SlackRequestBody(byte[] Raw)
{
    /// <summary>
    /// The largest body taken: 512 KiB. The largest thing Slack sends is an interaction that echoes a whole view
    /// (Slack caps a view at 250 kB) form-encoded, which grows JSON's quotes and braces threefold; events and slash
    /// commands are a few kilobytes. Kestrel's <c>MaxRequestBodySize</c> is set to the same figure.
    /// </summary>
    public const int MaxBytes = 512 * 1024;

    private const int ChunkBytes = 16 * 1024;
    private const string ItemKey = "IncidentBot.SlackBody";

    public static SlackRequestBody From(HttpContext context) => (SlackRequestBody)context.Items[ItemKey]!;

    /// <summary>
    /// Reads the body as it arrives, up to <see cref="MaxBytes"/>; null when it is, or is declared to be, larger. The
    /// buffer grows with what has arrived, never with what the request says is coming, so a request that promises a
    /// large body and sends it slowly holds no more memory than it has sent.
    /// </summary>
    public static async Task<SlackRequestBody?> ReadAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBytes)
        {
            return null;
        }

        var raw = await ReadCappedAsync(context.Request.Body, context.RequestAborted);
        if (raw is null)
        {
            return null;
        }

        var body = new SlackRequestBody(raw);
        context.Items[ItemKey] = body;
        return body;
    }

    private static async Task<byte[]?> ReadCappedAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkBytes), ct)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    public Dictionary<string, string> Form()
    {
        var text = System.Text.Encoding.UTF8.GetString(Raw);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(text)
            .ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);
    }
}
