using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// Opsgenie's Alert API v2 on a loopback port, checked against its documented shape (docs.opsgenie.com/docs/alert-api,
/// "Create Alert" and "Close Alert"; Opsgenie publishes no OpenAPI description of it): <c>Authorization: GenieKey
/// &lt;key&gt;</c> (else 401 "Could not authenticate"); a create (<c>POST /v2/alerts</c>) needs <c>message</c> of 1–130
/// characters, takes <c>alias</c> up to 512, <c>description</c> up to 15000, <c>priority</c> P1–P5, at most 20
/// <c>tags</c> of up to 50 characters and <c>details</c> of string values (else 422); a close
/// (<c>POST /v2/alerts/{identifier}/close?identifierType=alias</c>) takes optional <c>source</c>, <c>user</c>,
/// <c>note</c>. Both are answered 202 <c>{"result":"Request will be processed","took":…,"requestId":…}</c>. As Opsgenie
/// does, a create whose alias names an open alert adds no alert (it counts a duplicate). Answers queued with
/// <see cref="FailNext"/> come first.
/// </summary>
public sealed class FakeOpsgenie : IAsyncDisposable
{
    public const string Key = "a6c0d0b4-5f0e-4c4e-9a8b-1d2e3f4a5b6c";
    private static readonly string[] Priorities = ["P1", "P2", "P3", "P4", "P5"];
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _created = new();
    private readonly ConcurrentQueue<(string Alias, JsonObject Body)> _closed = new();
    private readonly ConcurrentQueue<string> _refused = new();
    private readonly ConcurrentDictionary<string, bool> _open = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<int> _failures = new();
    private int _requests;

    private FakeOpsgenie(WebApplication app)
    {
        _app = app;
        _app.MapPost("/v2/alerts", (Func<HttpContext, Task<IResult>>)CreateAsync);
        _app.MapPost("/v2/alerts/{identifier}/close", (Func<HttpContext, string, Task<IResult>>)CloseAsync);
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Creates accepted, in arrival order (a duplicate alias among them too).</summary>
    public IReadOnlyList<JsonObject> Created => _created.ToList();

    /// <summary>Aliases of the alerts open now.</summary>
    public IReadOnlyList<string> Open => _open.Where(a => a.Value).Select(a => a.Key).ToList();

    public IReadOnlyList<(string Alias, JsonObject Body)> Closed => _closed.ToList();

    /// <summary>Why requests were refused (401, 422).</summary>
    public IReadOnlyList<string> Refused => _refused.ToList();

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<FakeOpsgenie> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var fake = new FakeOpsgenie(builder.Build());
        await fake._app.StartAsync();
        fake.BaseUrl = new Uri(fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return fake;
    }

    public void FailNext(int status) => _failures.Enqueue(status);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<IResult> CreateAsync(HttpContext http)
    {
        if (Gate(http) is { } early)
        {
            return early;
        }

        var body = await BodyAsync(http);
        var problem = body is null ? "the body is not a JSON object" : CreateProblem(body);
        if (problem is not null)
        {
            _refused.Enqueue(problem);
            return Results.Json(new { message = problem, took = 0.01, requestId = Guid.NewGuid() }, statusCode: 422);
        }

        _created.Enqueue(body!);
        var alias = (string?)body!["alias"] ?? (string)body["message"]!;
        _open[alias] = true;
        return Accepted();
    }

    private async Task<IResult> CloseAsync(HttpContext http, string identifier)
    {
        if (Gate(http) is { } early)
        {
            return early;
        }

        var body = await BodyAsync(http) ?? [];
        identifier = Uri.UnescapeDataString(identifier);
        if (http.Request.Query["identifierType"] != "alias" || !_open.ContainsKey(identifier))
        {
            _refused.Enqueue($"no alert with alias {identifier}");
            return Results.Json(new { message = "Alert does not exist", took = 0.01, requestId = Guid.NewGuid() }, statusCode: 404);
        }

        _open[identifier] = false;
        _closed.Enqueue((identifier, body));
        return Accepted();
    }

    private IResult? Gate(HttpContext http)
    {
        Interlocked.Increment(ref _requests);
        if (_failures.TryDequeue(out var status))
        {
            return Results.Json(new { message = "Service unavailable", took = 0.01 }, statusCode: status);
        }

        if (http.Request.Headers.Authorization.ToString() != $"GenieKey {Key}")
        {
            _refused.Enqueue("Could not authenticate");
            return Results.Json(new { message = "Could not authenticate", took = 0.01, requestId = Guid.NewGuid() }, statusCode: 401);
        }

        return null;
    }

    private static async Task<JsonObject?> BodyAsync(HttpContext http)
    {
        try
        {
            return await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static IResult Accepted() =>
        Results.Json(new { result = "Request will be processed", took = 0.107, requestId = Guid.NewGuid() }, statusCode: 202);

    private static string? CreateProblem(JsonObject a)
    {
        if (Text(a, "message") is not { Length: > 0 and <= 130 })
        {
            return "Message can not be empty and can be at most 130 characters";
        }

        if (Text(a, "alias") is { Length: > 512 } || Text(a, "description") is { Length: > 15000 })
        {
            return "Alias can be at most 512 and description at most 15000 characters";
        }

        if (a["priority"] is not null && !Priorities.Contains(Text(a, "priority")))
        {
            return "Priority should be one of [P1, P2, P3, P4, P5]";
        }

        if (a["tags"] is JsonArray tags && (tags.Count > 20 || tags.Any(t => t is not JsonValue v || !v.TryGetValue<string>(out var s) || s.Length > 50)))
        {
            return "Tags can be at most 20, each at most 50 characters";
        }

        if (a["details"] is JsonObject details && details.Any(d => d.Value is not JsonValue v || !v.TryGetValue<string>(out _)))
        {
            return "Details values must be strings";
        }

        return null;
    }

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
