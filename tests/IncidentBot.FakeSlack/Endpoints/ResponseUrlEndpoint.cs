using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.FakeSlack;

/// <summary>Issues response_urls and serves POSTs to them: 5 uses within 30 minutes, like Slack.</summary>
internal sealed class ResponseUrlEndpoint(TimeProvider time)
{
    public const int MaxUses = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, (DateTimeOffset IssuedAt, List<ResponseUrlPost> Posts)> _urls = [];

    public Guid Issue()
    {
        var id = Guid.NewGuid();
        lock (_gate)
        {
            _urls[id] = (time.GetUtcNow(), []);
        }

        return id;
    }

    public IReadOnlyList<ResponseUrlPost> Posts(Guid id)
    {
        lock (_gate)
        {
            return _urls.TryGetValue(id, out var entry) ? entry.Posts.ToArray() : [];
        }
    }

    public async Task HandleAsync(HttpContext http, string idText)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            json = null;
        }

        var (status, text) = Accept(idText, body, json);
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(text, http.RequestAborted);
    }

    private (int Status, string Text) Accept(string idText, string body, JsonObject? json)
    {
        lock (_gate)
        {
            if (!Guid.TryParse(idText, out var id) || !_urls.TryGetValue(id, out var entry))
            {
                return (StatusCodes.Status404NotFound, "no_such_url");
            }

            var now = time.GetUtcNow();
            if (now - entry.IssuedAt > Lifetime)
            {
                return (StatusCodes.Status404NotFound, "expired_url");
            }

            if (entry.Posts.Count >= MaxUses)
            {
                return (StatusCodes.Status404NotFound, "used_url");
            }

            if (json is null)
            {
                return (StatusCodes.Status400BadRequest, "invalid_payload");
            }

            if (json["blocks"] is JsonArray blocks && PayloadSize.MessageProblems(blocks).Count > 0)
            {
                // Slack answers a response_url post it cannot show with a 400 and the reason as the body.
                return (StatusCodes.Status400BadRequest,
                    PayloadSize.BlockText(blocks) > PayloadSize.MaxMessageBlockText ? PayloadSize.BlocksTooLong : "invalid_blocks");
            }

            entry.Posts.Add(new ResponseUrlPost(
                body,
                Violations.StringOf(json["text"]),
                Violations.StringOf(json["response_type"]),
                Flag(json["replace_original"]),
                Flag(json["delete_original"]),
                json["blocks"]?.ToJsonString(),
                now));
            return (StatusCodes.Status200OK, "ok");
        }
    }

    private static bool Flag(JsonNode? node) => node is JsonValue v
        && ((v.TryGetValue<bool>(out var b) && b) || (v.TryGetValue<string>(out var s) && s == "true"));
}
