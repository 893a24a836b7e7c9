using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// Confluence Cloud's REST v1 content API on a loopback port, as documented
/// (developer.atlassian.com/cloud/confluence/rest/v1/api-group-content): <c>GET /wiki/rest/api/content?type=page&amp;spaceKey&amp;title</c>
/// finds a page by title; <c>POST /wiki/rest/api/content</c> creates one (type page, a title, <c>space.key</c>, a
/// <c>body.storage</c> with representation storage), refused 400 when the space already has a page of that title;
/// <c>GET /wiki/rest/api/content/{id}?expand=version</c>; <c>PUT /wiki/rest/api/content/{id}</c> replaces the body as
/// version <c>version.number</c>, which must be one above the current (409 otherwise). A storage value that is not
/// well-formed XHTML is refused 400, as Confluence refuses it. Requests without the expected Basic credentials: 401.
/// </summary>
public sealed class FakeConfluence : IAsyncDisposable
{
    public const string Email = "bot@example.com";
    public const string Token = "confluence-api-token";
    public const string Space = "OPS";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Page> _pages = new();
    private readonly ConcurrentQueue<string> _refused = new();
    private int _next = 1000;
    private int _creates;

    private FakeConfluence(WebApplication app)
    {
        _app = app;
        _app.MapGet("/wiki/rest/api/content", (Func<HttpContext, IResult>)Find);
        _app.MapPost("/wiki/rest/api/content", (Func<HttpContext, Task<IResult>>)CreateAsync);
        _app.MapGet("/wiki/rest/api/content/{id}", (Func<HttpContext, string, IResult>)Get);
        _app.MapPut("/wiki/rest/api/content/{id}", (Func<HttpContext, string, Task<IResult>>)UpdateAsync);
    }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<Page> Pages => _pages.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> Refused => _refused.ToList();

    public int Creates => Volatile.Read(ref _creates);

    public static async Task<FakeConfluence> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var fake = new FakeConfluence(builder.Build());
        await fake._app.StartAsync();
        fake.BaseUrl = new Uri(fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return fake;
    }

    /// <summary>A page as it now is: its space, title, version and storage body.</summary>
    public sealed record Page(string Id, string Space, string Title, int Version, string Storage);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private bool Authorized(HttpContext http)
    {
        if (http.Request.Headers.Authorization.ToString() == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Email}:{Token}")))
        {
            return true;
        }

        _refused.Enqueue("401");
        return false;
    }

    private static JsonObject Shape(Page p) => new()
    {
        ["id"] = p.Id,
        ["type"] = "page",
        ["status"] = "current",
        ["title"] = p.Title,
        ["space"] = new JsonObject { ["key"] = p.Space },
        ["version"] = new JsonObject { ["number"] = p.Version },
        ["_links"] = new JsonObject { ["webui"] = $"/spaces/{p.Space}/pages/{p.Id}", ["base"] = "/wiki" },
    };

    private IResult Find(HttpContext http)
    {
        if (!Authorized(http))
        {
            return Results.StatusCode(401);
        }

        var q = http.Request.Query;
        var found = _pages.Values.Where(p => p.Space == q["spaceKey"].ToString() && p.Title == q["title"].ToString()).Select(p => (JsonNode)Shape(p)).ToArray();
        return Results.Json(new JsonObject { ["results"] = new JsonArray(found), ["size"] = found.Length });
    }

    private IResult Get(HttpContext http, string id)
    {
        if (!Authorized(http))
        {
            return Results.StatusCode(401);
        }

        return _pages.TryGetValue(id, out var page) ? Results.Json(Shape(page)) : Results.StatusCode(404);
    }

    private async Task<IResult> CreateAsync(HttpContext http)
    {
        if (!Authorized(http))
        {
            return Results.StatusCode(401);
        }

        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        var problem = Problem(body, update: false);
        var title = (string?)body?["title"];
        var space = (string?)body?["space"]?["key"];
        if (problem is null && _pages.Values.Any(p => p.Space == space && p.Title == title))
        {
            problem = "A page with this title already exists: A page already exists with the same TITLE in this space";
        }

        if (problem is not null)
        {
            _refused.Enqueue(problem);
            return Results.Json(new { statusCode = 400, message = problem }, statusCode: 400);
        }

        Interlocked.Increment(ref _creates);
        var id = Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        var page = new Page(id, space!, title!, 1, (string)body!["body"]!["storage"]!["value"]!);
        _pages[id] = page;
        return Results.Json(Shape(page));
    }

    private async Task<IResult> UpdateAsync(HttpContext http, string id)
    {
        if (!Authorized(http))
        {
            return Results.StatusCode(401);
        }

        if (!_pages.TryGetValue(id, out var page))
        {
            return Results.StatusCode(404);
        }

        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        if (Problem(body, update: true) is { } problem)
        {
            _refused.Enqueue(problem);
            return Results.Json(new { statusCode = 400, message = problem }, statusCode: 400);
        }

        var version = body!["version"]!["number"]!.GetValue<int>();
        if (version != page.Version + 1)
        {
            _refused.Enqueue($"409: version {version} after {page.Version}");
            return Results.Json(new { statusCode = 409, message = "Version must be incremented on update." }, statusCode: 409);
        }

        page = page with { Title = (string)body["title"]!, Version = version, Storage = (string)body["body"]!["storage"]!["value"]! };
        _pages[id] = page;
        return Results.Json(Shape(page));
    }

    private static string? Problem(JsonObject? body, bool update)
    {
        if (body is null || (string?)body["type"] != "page" || (string?)body["title"] is not { Length: > 0 and <= 255 })
        {
            return "a page needs type page and a title of at most 255 characters";
        }

        if (!update && (string?)body["space"]?["key"] != Space)
        {
            return "No space with key : " + (string?)body["space"]?["key"];
        }

        if (update && body["version"]?["number"] is null)
        {
            return "an update needs version.number";
        }

        if ((string?)body["body"]?["storage"]?["representation"] != "storage" || (string?)body["body"]?["storage"]?["value"] is not { } storage)
        {
            return "the body needs storage.value with representation storage";
        }

        try
        {
            XElement.Parse($"<root>{storage}</root>");
            return null;
        }
        catch (System.Xml.XmlException ex)
        {
            return "Error parsing xhtml: " + ex.Message;
        }
    }
}
