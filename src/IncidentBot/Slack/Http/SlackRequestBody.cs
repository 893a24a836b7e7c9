namespace IncidentBot.Slack.Http;

/// <summary>The raw body of a Slack request, read once, verified, then parsed.</summary>
public sealed record SlackRequestBody(byte[] Raw)
{
    public const int MaxBytes = 1024 * 1024;
    private const string ItemKey = "IncidentBot.SlackBody";

    public static SlackRequestBody From(HttpContext context) => (SlackRequestBody)context.Items[ItemKey]!;

    /// <summary>Reads the body up to <see cref="MaxBytes"/>; null when it is larger.</summary>
    public static async Task<SlackRequestBody?> ReadAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        var body = new SlackRequestBody(buffer.ToArray());
        context.Items[ItemKey] = body;
        return body;
    }

    public Dictionary<string, string> Form()
    {
        var text = System.Text.Encoding.UTF8.GetString(Raw);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(text)
            .ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);
    }
}
