using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;

namespace IncidentBot.Integrations;

/// <summary>
/// Linear's GraphQL API with the configured API key (sent as the <c>Authorization</c> header): creating an issue and
/// reading its workflow state. HTTP answers are treated as <see cref="VendorAnswer"/> says; Linear's own rate limit
/// (HTTP 400 with an error coded <c>RATELIMITED</c>) is retried like a 429, any other GraphQL error is a refusal. The key
/// is never logged.
/// </summary>
public sealed class LinearClient(HttpClient http, IncidentBotOptions options, TimeProvider time)
{
    public const string Vendor = "Linear";

    /// <summary>Creates the issue; returns its identifier (<c>ENG-12</c>) and its address.</summary>
    public async Task<(string Identifier, string Url)> CreateIssueAsync(JsonObject body, CancellationToken ct)
    {
        var (data, notFound) = await SendAsync(body, ct);
        var created = data?["issueCreate"];
        if (notFound || created?["success"]?.GetValue<bool>() != true || (string?)created["issue"]?["identifier"] is not { } identifier
            || (string?)created["issue"]?["url"] is not { } url)
        {
            throw new VendorRefusedException(Vendor, 200);
        }

        return (identifier, url);
    }

    /// <summary>The issue the bot created with <paramref name="issueId"/>, its identifier and address; null when there is none.</summary>
    public async Task<(string Identifier, string Url)?> FindIssueAsync(string issueId, CancellationToken ct)
    {
        var body = new JsonObject
        {
            ["query"] = LinearIssues.FindQuery,
            ["operationName"] = "IssueFind",
            ["variables"] = new JsonObject { ["id"] = issueId },
        };
        var (data, notFound) = await SendAsync(body, ct);
        return !notFound && data?["issue"] is JsonObject issue && (string?)issue["identifier"] is { } identifier && (string?)issue["url"] is { } url
            ? (identifier, url)
            : null;
    }

    /// <summary>
    /// Whether the issue's workflow state is of a type Linear counts as closed (completed, canceled, or duplicate: closed
    /// as a duplicate of another issue); null when the issue is gone (deleted or
    /// out of the key's reach). <c>issue(id:)</c> takes the issue's identifier (ENG-12) as well as its UUID: Linear's
    /// schema (packages/sdk/src/schema.graphql) has <c>Query.issue</c> "looked up by its unique identifier" and documents
    /// issue references as "a UUID or issue identifier (e.g., 'LIN-123')".
    /// </summary>
    public async Task<bool?> IsDoneAsync(string identifier, CancellationToken ct)
    {
        var body = new JsonObject
        {
            ["query"] = LinearIssues.StateQuery,
            ["operationName"] = "IssueState",
            ["variables"] = new JsonObject { ["id"] = identifier },
        };
        var (data, notFound) = await SendAsync(body, ct);
        return notFound || data?["issue"] is not JsonObject issue ? null : (string?)issue["state"]?["type"] is "completed" or "canceled" or "duplicate";
    }

    /// <summary>
    /// Sends the operation; returns its data, or that Linear answered the entity is not found. A rate limit is thrown as a
    /// retryable 429, any other error as a refusal.
    /// </summary>
    private async Task<(JsonNode? Data, bool NotFound)> SendAsync(JsonObject body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Linear.BaseUrl));
        request.Headers.TryAddWithoutValidation("Authorization", options.Linear.ApiKey);
        request.Headers.Accept.ParseAdd("application/json");
        request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request, ct);
        JsonObject? answer = null;
        if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest
            && response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            answer = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        }

        if (answer?["errors"] is JsonArray { Count: > 0 } errors)
        {
            // Linear answers a rate limit with HTTP 400 and a GraphQL error whose extensions carry code "RATELIMITED"
            // (and statusCode 429) in the body, not with an HTTP 429; Linear's own SDK (github.com/linear/linear,
            // packages/sdk/src/error.ts) recognises it by extensions.type "ratelimited", else by a bare HTTP 429 (which
            // VendorAnswer retries, honouring Retry-After). Either marking is taken as the limit.
            if (errors.Any(e => string.Equals((string?)e?["extensions"]?["code"], "RATELIMITED", StringComparison.OrdinalIgnoreCase)
                || string.Equals((string?)e?["extensions"]?["type"], "ratelimited", StringComparison.OrdinalIgnoreCase)))
            {
                throw new HttpRequestException("Linear answered RATELIMITED", null, HttpStatusCode.TooManyRequests);
            }

            if (errors.All(e => ((string?)e?["message"])?.StartsWith("Entity not found", StringComparison.OrdinalIgnoreCase) == true))
            {
                return (null, true);
            }

            throw new VendorRefusedException(Vendor, (int)response.StatusCode);
        }

        VendorAnswer.EnsureSuccess(response, Vendor, time);
        return (answer?["data"], false);
    }
}
