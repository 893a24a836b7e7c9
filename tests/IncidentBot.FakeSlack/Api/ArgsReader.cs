using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.FakeSlack;

/// <summary>Reads form-encoded or JSON request bodies (plus the query string) into string arguments.</summary>
internal static class ArgsReader
{
    /// <summary>Returns the arguments and whether the body was malformed.</summary>
    public static async Task<(Dictionary<string, string> Args, bool Malformed)> ReadAsync(HttpRequest request)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            args[key] = value.ToString();
        }

        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
                foreach (var (key, value) in form)
                {
                    args[key] = value.ToString();
                }

                return (args, false);
            }

            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            if (string.IsNullOrWhiteSpace(text))
            {
                return (args, false);
            }

            if (JsonNode.Parse(text) is not JsonObject json)
            {
                return (args, true);
            }

            foreach (var (key, value) in json)
            {
                if (Normalise(value) is { } normalised)
                {
                    args[key] = normalised;
                }
            }

            return (args, false);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or IOException or BadHttpRequestException)
        {
            return (args, true);
        }
    }

    private static string? Normalise(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "true",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "false",
        _ => value.ToJsonString(),
    };
}
