using System.Text.Json;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// The one way a hook's body becomes JSON: a UTF-8 byte order mark is skipped (the rest is valid JSON); a body that is
/// not JSON, not an object, or that holds a name or string which is not text (invalid UTF-8, or an escaped lone
/// surrogate) is refused with the reason. System.Text.Json checks a string's text only when it is read, and then throws
/// <see cref="InvalidOperationException"/>, not <see cref="JsonException"/>: every name and string is read here once,
/// so the readers after it cannot meet one.
/// </summary>
public static class HookJson
{
    /// <summary>The depth a vendor's webhook may nest to: System.Text.Json's own default.</summary>
    public const int VendorMaxDepth = 64;

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The document (the caller disposes it) and null, or null and why the body is refused.</summary>
    public static (JsonDocument? Document, string? Problem) Parse(ReadOnlyMemory<byte> body, int maxDepth = AlertPayloadLimits.MaxDepth)
    {
        if (body.Span.StartsWith(ByteOrderMark))
        {
            body = body[ByteOrderMark.Length..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = maxDepth });
        }
        catch (JsonException ex)
        {
            return (null, $"the body is not valid JSON ({ex.Message})");
        }

        var problem = document.RootElement.ValueKind != JsonValueKind.Object ? "the body must be a JSON object"
            : !IsText(document.RootElement) ? "the body holds a name or string that is not valid UTF-8 text"
            : null;
        if (problem is null)
        {
            return (document, null);
        }

        document.Dispose();
        return (null, problem);
    }

    private static bool IsText(JsonElement element)
    {
        try
        {
            Read(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Reads every name and string, as a reader after this would; the depth is bounded by the parse's <c>MaxDepth</c>.</summary>
    private static void Read(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    Read(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Read(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }
    }
}
