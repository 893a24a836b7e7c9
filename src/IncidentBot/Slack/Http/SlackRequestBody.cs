using System.Buffers;

namespace IncidentBot.Slack.Http;

/// <summary>The raw body of a Slack request, read once, verified, then parsed.</summary>
public sealed record SlackRequestBody(byte[] Raw)
{
    public const int MaxBytes = 1024 * 1024;
    private const string ItemKey = "IncidentBot.SlackBody";

    public static SlackRequestBody From(HttpContext context) => (SlackRequestBody)context.Items[ItemKey]!;

    /// <summary>
    /// Reads the body up to <see cref="MaxBytes"/>; null when it is larger. A body with a declared length (Slack always
    /// declares it) is read straight into an array of that size, so an answer allocates the body once.
    /// </summary>
    public static async Task<SlackRequestBody?> ReadAsync(HttpContext context)
    {
        var raw = context.Request.ContentLength switch
        {
            > MaxBytes => null,
            { } length => await ReadDeclaredAsync(context.Request.Body, (int)length, context.RequestAborted),
            null => await ReadChunkedAsync(context.Request.Body, context.RequestAborted),
        };
        if (raw is null)
        {
            return null;
        }

        var body = new SlackRequestBody(raw);
        context.Items[ItemKey] = body;
        return body;
    }

    private static async Task<byte[]> ReadDeclaredAsync(Stream stream, int length, CancellationToken ct)
    {
        var raw = new byte[length];
        var filled = 0;
        int read;
        while (filled < length && (read = await stream.ReadAsync(raw.AsMemory(filled), ct)) > 0)
        {
            filled += read;
        }

        return filled == length ? raw : raw[..filled];
    }

    private static async Task<byte[]?> ReadChunkedAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, ct)) > 0)
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
