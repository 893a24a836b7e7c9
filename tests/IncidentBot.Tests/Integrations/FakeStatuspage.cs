using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NJsonSchema;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// Atlassian Statuspage's incident API on a loopback port: <c>POST /v1/pages/{page_id}/incidents</c>,
/// <c>PATCH /v1/pages/{page_id}/incidents/{incident_id}</c> and <c>GET /v1/pages/{page_id}/incidents/unresolved</c>,
/// each body checked against the request schema of Atlassian's published OpenAPI description
/// (OpenApi/statuspage-incidents.json, see OpenApi/SOURCES.md) and each query against the operation's declared
/// parameters, plus what that description states in words: <c>Authorization: OAuth &lt;key&gt;</c> (401 otherwise), a
/// name on create (at most 255 characters), a body of at most 25,000, component statuses from its list, and metadata
/// whose top-level values are objects. A valid call is answered as Statuspage does (201 or 200 with the incident, its id,
/// shortlink and metadata; the list with the incidents not resolved, paged) and kept; an invalid one 422 (400 for a
/// query) <c>{"error": […]}</c>. Answers queued with <see cref="FailNext"/> come first (an outage, a rate limit);
/// <see cref="LoseNextCreateAnswer"/> makes the next create happen and then drops its answer.
/// </summary>
public sealed class FakeStatuspage : IAsyncDisposable
{
    public const string ApiKey = "statuspage-test-key";
    public const string PageId = "gytm4qzbx9t6";

    private static readonly Lazy<OpenApi> Spec = new(OpenApi.Load);
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, JsonObject> _incidents = new();
    private readonly ConcurrentQueue<(string Method, string? Id, JsonObject Incident)> _accepted = new();
    private readonly ConcurrentQueue<string> _refused = new();
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();
    private int _requests;
    private int _lookups;
    private int _next;
    private int _loseCreateAnswer;

    private FakeStatuspage(WebApplication app)
    {
        _app = app;
        _app.MapPost("/v1/pages/{pageId}/incidents", (HttpContext http, string pageId) => HandleAsync(http, pageId, null));
        _app.MapPatch("/v1/pages/{pageId}/incidents/{incidentId}", (HttpContext http, string pageId, string incidentId) => HandleAsync(http, pageId, incidentId));
        _app.MapGet("/v1/pages/{pageId}/incidents/unresolved", (HttpContext http, string pageId) => ListUnresolved(http, pageId));
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Calls answered 2xx, in arrival order: POST or PATCH, the incident id patched, the body's <c>incident</c>.</summary>
    public IReadOnlyList<(string Method, string? Id, JsonObject Incident)> Accepted => _accepted.ToList();

    /// <summary>Why calls were refused, for calls not of the published shape.</summary>
    public IReadOnlyList<string> Refused => _refused.ToList();

    /// <summary>The incidents on the page by id, as last written.</summary>
    public IReadOnlyDictionary<string, JsonObject> Incidents => _incidents;

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Pages of unresolved incidents answered.</summary>
    public int Lookups => Volatile.Read(ref _lookups);

    public static async Task<FakeStatuspage> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var fake = new FakeStatuspage(builder.Build());
        await fake._app.StartAsync();
        var address = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(new Uri(address), "/v1");
        return fake;
    }

    /// <summary>Answers the next request with <paramref name="status"/> (and a <c>Retry-After</c> when given) instead of taking it.</summary>
    public void FailNext(int status, string? retryAfter = null) => _failures.Enqueue((status, retryAfter));

    /// <summary>Takes the next valid create as usual, then drops the connection instead of answering it.</summary>
    public void LoseNextCreateAnswer() => Interlocked.Exchange(ref _loseCreateAnswer, 1);

    /// <summary>Puts an unresolved incident on the page, as someone (or something else) created it; its id.</summary>
    public string AddIncident(string name, JsonObject? metadata)
    {
        var id = $"inc{Interlocked.Increment(ref _next):D9}";
        _incidents[id] = new JsonObject
        {
            ["id"] = id, ["page_id"] = PageId, ["name"] = name, ["status"] = "investigating", ["shortlink"] = $"https://stspg.io/{id}",
            ["metadata"] = metadata ?? new JsonObject(), ["incident_updates"] = new JsonArray(),
        };
        return id;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>
    /// What every call meets first: it is counted, then answered with the next queued failure if there is one, or refused
    /// without the API key; null when it goes on.
    /// </summary>
    private IResult? Admit(HttpContext http)
    {
        Interlocked.Increment(ref _requests);
        if (_failures.TryDequeue(out var failure))
        {
            if (failure.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = retryAfter;
            }

            return Results.Json(new { error = "Rate limit exceeded" }, statusCode: failure.Status);
        }

        return http.Request.Headers.Authorization.ToString() != $"OAuth {ApiKey}" ? Refuse(401, "Could not authenticate") : null;
    }

    /// <summary>The page's incidents not resolved, oldest first (ids are given in order), a page of <c>per_page</c> at a time as Statuspage lists them.</summary>
    private IResult ListUnresolved(HttpContext http, string pageId)
    {
        if (Admit(http) is { } turnedAway)
        {
            return turnedAway;
        }

        if (pageId != PageId)
        {
            return Refuse(404, "The requested resource could not be found.");
        }

        var errors = Spec.Value.CheckQuery("getPagesPageIdIncidentsUnresolved", http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()));
        if (errors.Count > 0)
        {
            return Refuse(400, string.Join("; ", errors));
        }

        Interlocked.Increment(ref _lookups);
        var page = int.TryParse(http.Request.Query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Math.Max(p, 1) : 1;
        var perPage = int.TryParse(http.Request.Query["per_page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Max(n, 1) : 100;
        var unresolved = _incidents.Values
            .Where(i => (string?)i["status"] is not ("resolved" or "postmortem" or "completed"))
            .OrderBy(i => (string?)i["id"], StringComparer.Ordinal)
            .Skip((page - 1) * perPage).Take(perPage)
            .Select(i => (JsonNode?)i.DeepClone());
        return Results.Json(new JsonArray(unresolved.ToArray()));
    }

    private async Task<IResult> HandleAsync(HttpContext http, string pageId, string? incidentId)
    {
        if (Admit(http) is { } turnedAway)
        {
            return turnedAway;
        }

        if (pageId != PageId || (incidentId is not null && !_incidents.ContainsKey(incidentId)))
        {
            return Refuse(404, "The requested resource could not be found.");
        }

        if (http.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return Refuse(415, "Content-Type is not application/json");
        }

        var text = await new StreamReader(http.Request.Body).ReadToEndAsync();
        var errors = Spec.Value.Check(incidentId is null ? "postPagesPageIdIncidents" : "patchPagesPageIdIncidents", text);
        if (JsonNode.Parse(text)?["incident"] is not JsonObject incident)
        {
            errors.Add("no incident object");
            return Refuse(422, string.Join("; ", errors));
        }

        errors.AddRange(Documented(incident, incidentId is null));
        if (errors.Count > 0)
        {
            return Refuse(422, string.Join("; ", errors));
        }

        _accepted.Enqueue((incidentId is null ? "POST" : "PATCH", incidentId, incident));
        var id = incidentId ?? $"inc{Interlocked.Increment(ref _next):D9}";
        var stored = _incidents.GetOrAdd(id, _ => new JsonObject
        {
            ["id"] = id, ["page_id"] = pageId, ["shortlink"] = $"https://stspg.io/{id}", ["metadata"] = new JsonObject(),
            ["incident_updates"] = new JsonArray(),
        });
        foreach (var key in new[] { "name", "status", "metadata" })
        {
            if (incident[key] is { } value)
            {
                stored[key] = value.DeepClone();
            }
        }

        if (incident["components"] is JsonObject components)
        {
            stored["components"] = new JsonArray(components.Select(c => (JsonNode?)new JsonObject { ["id"] = c.Key, ["status"] = c.Value?.DeepClone() }).ToArray());
        }

        if ((string?)incident["body"] is { } update)
        {
            stored["incident_updates"]!.AsArray().Add(new JsonObject { ["body"] = update, ["status"] = stored["status"]?.DeepClone() });
        }

        if (incidentId is null && Interlocked.Exchange(ref _loseCreateAnswer, 0) == 1)
        {
            http.Abort();
            return Results.Empty;
        }

        return Results.Json(stored, statusCode: incidentId is null ? 201 : 200);
    }

    private IResult Refuse(int status, string why)
    {
        _refused.Enqueue($"{status}: {why}");
        return Results.Json(new { error = new[] { why } }, statusCode: status);
    }

    /// <summary>What the description states in words rather than in the schema.</summary>
    private static IEnumerable<string> Documented(JsonObject incident, bool create)
    {
        if (create && string.IsNullOrEmpty((string?)incident["name"]))
        {
            yield return "name is required";
        }

        if (((string?)incident["name"])?.Length > 255)
        {
            yield return "name is over 255 characters";
        }

        if (((string?)incident["body"])?.Length > 25000)
        {
            yield return "body is over 25000 characters";
        }

        if (incident["metadata"] is JsonObject metadata)
        {
            foreach (var (key, value) in metadata)
            {
                if (value is not JsonObject)
                {
                    yield return $"metadata {key}: top-level values must be objects";
                }
            }
        }

        if (incident["components"] is JsonObject components)
        {
            foreach (var (id, status) in components)
            {
                if (!Spec.Value.ComponentStatuses.Contains((string?)status ?? "(null)"))
                {
                    yield return $"component {id}: {status} is not a component status";
                }
            }
        }
    }

    /// <summary>The request schemas of the kept operations, and the component statuses the description lists.</summary>
    private sealed class OpenApi(
        IReadOnlyDictionary<string, JsonSchema> schemas, IReadOnlySet<string> componentStatuses, IReadOnlyDictionary<string, JsonArray> queries)
    {
        public IReadOnlySet<string> ComponentStatuses { get; } = componentStatuses;

        public static OpenApi Load()
        {
            var document = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Integrations", "OpenApi", "statuspage-incidents.json")))!;
            var definitions = document["components"]!["schemas"]!;
            var schemas = new[] { "postPagesPageIdIncidents", "patchPagesPageIdIncidents" }
                .ToDictionary(n => n, n => OpenApiSchemas.Load("statuspage-incidents.json", "/components/schemas/" + n));
            var statuses = definitions["postPagesPageIdIncidents"]!["properties"]!["incident"]!["properties"]!["components"]!["properties"]!
                .AsObject().Single().Value!["enum"]!.AsArray().Select(v => (string)v!).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
            var queries = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject())
                .Where(o => o.Value?["parameters"] is JsonArray)
                .ToDictionary(o => (string)o.Value!["operationId"]!, o => o.Value!["parameters"]!.AsArray());
            return new OpenApi(schemas, statuses, queries);
        }

        public List<string> Check(string schema, string json) => OpenApiSchemas.Check(schemas[schema], json);

        /// <summary>Where a query breaks the operation's declared query parameters: a name it does not declare, an integer that is not one.</summary>
        public List<string> CheckQuery(string operation, IReadOnlyDictionary<string, string> query)
        {
            var declared = queries[operation].OfType<JsonObject>().Where(p => (string?)p["in"] == "query")
                .ToDictionary(p => (string)p["name"]!, p => (string?)p["schema"]?["type"], StringComparer.Ordinal);
            var errors = new List<string>();
            foreach (var (name, value) in query)
            {
                if (!declared.TryGetValue(name, out var type))
                {
                    errors.Add($"{name}: not a parameter of {operation}");
                }
                else if (type == "integer" && !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    errors.Add($"{name}: {value} is not an integer");
                }
            }

            return errors;
        }
    }
}
