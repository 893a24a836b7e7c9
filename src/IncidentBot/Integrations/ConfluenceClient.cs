using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;

namespace IncidentBot.Integrations;

/// <summary>
/// Confluence Cloud REST v1 content API, as the configured account (Basic email:API token): finding a page of the
/// space by title, creating a page, reading its version and replacing its body as the next version. Answers are treated
/// as <see cref="VendorAnswer"/> says; the token is never logged.
/// </summary>
public sealed class ConfluenceClient(HttpClient http, IncidentBotOptions options, TimeProvider time)
{
    public const string Vendor = "Confluence";

    /// <summary>The page of the space with exactly this title: its id and version; null when there is none.</summary>
    public async Task<(string Id, int Version)?> FindAsync(string title, CancellationToken ct)
    {
        var query = $"wiki/rest/api/content?type=page&spaceKey={Uri.EscapeDataString(options.Confluence.SpaceKey!)}&title={Uri.EscapeDataString(title)}&expand=version";
        var found = await SendAsync(HttpMethod.Get, query, null, ct);
        return found?["results"] is JsonArray { Count: > 0 } results && results[0] is JsonObject page ? Read(page) : null;
    }

    public async Task<(string Id, int Version)> CreateAsync(string title, string storage, CancellationToken ct)
    {
        var body = new JsonObject
        {
            ["type"] = "page",
            ["title"] = title,
            ["space"] = new JsonObject { ["key"] = options.Confluence.SpaceKey },
            ["body"] = Storage(storage),
        };
        return Read(await SendAsync(HttpMethod.Post, "wiki/rest/api/content", body, ct));
    }

    /// <summary>The page's current version number (people may have edited it since the bot last did).</summary>
    public async Task<int> VersionAsync(string id, CancellationToken ct) =>
        Read(await SendAsync(HttpMethod.Get, $"wiki/rest/api/content/{Uri.EscapeDataString(id)}?expand=version", null, ct)).Version;

    public async Task<(string Id, int Version)> UpdateAsync(string id, string title, string storage, int version, CancellationToken ct)
    {
        var body = new JsonObject
        {
            ["id"] = id,
            ["type"] = "page",
            ["title"] = title,
            ["version"] = new JsonObject { ["number"] = version },
            ["body"] = Storage(storage),
        };
        return Read(await SendAsync(HttpMethod.Put, $"wiki/rest/api/content/{Uri.EscapeDataString(id)}", body, ct));
    }

    /// <summary>Where people read the page.</summary>
    public string PageUrl(string id) => new Uri(Site, $"wiki/pages/viewpage.action?pageId={Uri.EscapeDataString(id)}").ToString();

    private Uri Site => new(options.Confluence.BaseUrl!.TrimEnd('/') + "/");

    private static JsonObject Storage(string storage) =>
        new() { ["storage"] = new JsonObject { ["value"] = storage, ["representation"] = "storage" } };

    private static (string Id, int Version) Read(JsonNode? page)
    {
        var id = (string?)page?["id"] ?? throw new HttpRequestException("Confluence answered a page without its id");
        var version = page?["version"]?["number"]?.GetValue<int>() ?? 1;
        if (!id.All(char.IsAsciiDigit))
        {
            throw new VendorRefusedException(Vendor, 200);
        }

        return (id, version);
    }

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(Site, path));
        request.Headers.Authorization = VendorAnswer.Basic(options.Confluence.Email!, options.Confluence.ApiToken!);
        request.Headers.Accept.ParseAdd("application/json");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request, ct);
        VendorAnswer.EnsureSuccess(response, Vendor, time);
        return await response.Content.ReadFromJsonAsync<JsonNode>(ct);
    }
}
