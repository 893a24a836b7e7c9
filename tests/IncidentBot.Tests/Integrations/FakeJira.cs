using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
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
/// Jira Cloud's REST v3 on a loopback port: <c>POST /rest/api/3/issue</c>, its body validated against the
/// <c>IssueUpdateDetails</c> schema of Atlassian's published OpenAPI description (OpenApi/jira-issues.openapi.json) and
/// against the documented shape of the fields the bot sets (project by key, issue type by name, a summary of at most
/// 255 characters, a description in the Atlassian Document Format: <c>type</c> doc, <c>version</c> 1, nodes with a
/// type and text nodes with non-empty text), answered 201 with a <c>CreatedIssue</c> (<c>id</c>, <c>key</c>,
/// <c>self</c>) or 400 with an <c>ErrorCollection</c>; and <c>GET /rest/api/3/issue/{key}?fields=status</c> answering
/// the issue's status and its status category; and <c>GET /rest/api/3/search/jql</c>, its query parameters checked
/// against the operation's parameters in the same description (known names, their types) and its JQL against the one
/// shape the bot sends (<c>project = "KEY" AND summary ~ "\"phrase\"" ORDER BY created ASC</c>, answered 400 otherwise,
/// as Jira answers a query it cannot parse), answered with a <c>SearchAndReconcileResults</c> page (validated against
/// that schema) of the project's issues whose summary holds the phrase's words in order, case and punctuation
/// ignored, as Jira's text search matches. Requests without the expected Basic credentials are answered 401. A create
/// can be made to lose its answer: the connection is dropped, after creating the issue or before, or the issue is
/// created and the answer is an error status.
/// </summary>
public sealed partial class FakeJira : IAsyncDisposable
{
    public const string Email = "bot@example.com";
    public const string Token = "jira-api-token";
    public const string Project = "OPS";

    private static readonly Lazy<JsonSchema> IssueSchema = new(LoadSchema);
    private static readonly Lazy<JsonSchema> SearchResultsSchema = new(() => OpenApiSchemas.Load("jira-issues.openapi.json", "/components/schemas/SearchAndReconcileResults"));
    private static readonly Lazy<Dictionary<string, JsonObject>> SearchParameters = new(LoadSearchParameters);
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, JsonObject> _issues = new();
    private readonly ConcurrentDictionary<string, bool> _done = new();
    private readonly ConcurrentQueue<string> _refused = new();
    private readonly ConcurrentQueue<int> _failures = new();
    /// <summary>Creates whose answer goes astray: -1 drops the connection before creating, 0 after, a status answers it after.</summary>
    private readonly ConcurrentQueue<int> _lost = new();
    private int _next = 10;
    private int _statusReads;
    private int _searches;

    private FakeJira(WebApplication app)
    {
        _app = app;
        _app.MapPost("/rest/api/3/issue", (Func<HttpContext, Task<IResult>>)CreateAsync);
        _app.MapGet("/rest/api/3/issue/{key}", (Func<HttpContext, string, IResult>)Get);
        _app.MapGet("/rest/api/3/search/jql", (Func<HttpContext, IResult>)Search);
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Issues created, by key, as their request bodies.</summary>
    public IReadOnlyDictionary<string, JsonObject> Issues => _issues;

    /// <summary>Why requests were answered 400 or 401.</summary>
    public IReadOnlyList<string> Refused => _refused.ToList();

    public int StatusReads => Volatile.Read(ref _statusReads);

    /// <summary>Searches answered 200.</summary>
    public int Searches => Volatile.Read(ref _searches);

    public static async Task<FakeJira> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var fake = new FakeJira(builder.Build());
        await fake._app.StartAsync();
        fake.BaseUrl = new Uri(fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return fake;
    }

    /// <summary>Moves the issue to a status of the done category, as closing it in Jira does.</summary>
    public void Close(string key) => _done[key] = true;

    /// <summary>Answers the next create with <paramref name="status"/> instead of creating.</summary>
    public void FailNext(int status) => _failures.Enqueue(status);

    /// <summary>
    /// Drops the connection of the next create without answering, as a network failure does, after creating the issue
    /// (<paramref name="afterCreating"/>) or before.
    /// </summary>
    public void LoseNextAnswer(bool afterCreating) => _lost.Enqueue(afterCreating ? 0 : -1);

    /// <summary>Creates the issue of the next create but answers it with <paramref name="status"/>, as a failing gateway does.</summary>
    public void FailNextAfterCreating(int status) => _lost.Enqueue(status);

    /// <summary>The problems <paramref name="body"/> has as a create-issue request; empty when Jira would take it.</summary>
    public static List<string> Problems(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = IssueSchema.Value.Validate(body.ToJsonString()).Select(e => $"schema: {e}").ToList();
        var fields = body["fields"] as JsonObject;
        if ((string?)fields?["project"]?["key"] is not { Length: > 0 })
        {
            errors.Add("project: Specify a valid project ID or key");
        }

        if ((string?)fields?["issuetype"]?["name"] is not { Length: > 0 })
        {
            errors.Add("issuetype: Specify an issue type");
        }

        if ((string?)fields?["summary"] is not { Length: > 0 and <= 255 } || ((string?)fields?["summary"])!.Contains('\n', StringComparison.Ordinal))
        {
            errors.Add("summary: Summary must be one line of at most 255 characters");
        }

        var description = fields?["description"] as JsonObject;
        if ((string?)description?["type"] != "doc" || description?["version"]?.GetValue<int>() != 1 || description?["content"] is not JsonArray)
        {
            errors.Add("description: Operation value must be an Atlassian Document");
        }
        else
        {
            errors.AddRange(AdfProblems(description));
        }

        return errors;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static IEnumerable<string> AdfProblems(JsonNode? node)
    {
        if (node is not JsonObject o || (string?)o["type"] is not { Length: > 0 } type)
        {
            yield return "description: every node needs a type";
            yield break;
        }

        if (type == "text" && (string?)o["text"] is not { Length: > 0 })
        {
            yield return "description: a text node needs non-empty text";
        }

        foreach (var child in (o["content"] as JsonArray ?? []).SelectMany(AdfProblems))
        {
            yield return child;
        }
    }

    private static JsonSchema LoadSchema() => OpenApiSchemas.Load("jira-issues.openapi.json", "/components/schemas/IssueUpdateDetails");

    private bool Authorized(HttpContext http)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Email}:{Token}"));
        if (http.Request.Headers.Authorization.ToString() == expected)
        {
            return true;
        }

        _refused.Enqueue("401: not the account's email and API token");
        return false;
    }

    private async Task<IResult> CreateAsync(HttpContext http)
    {
        if (!Authorized(http))
        {
            return Results.Json(new { errorMessages = new[] { "Client must be authenticated to access this resource." }, errors = new { } }, statusCode: 401);
        }

        if (_failures.TryDequeue(out var failure))
        {
            return Results.Json(new { errorMessages = new[] { "Service unavailable" }, errors = new { } }, statusCode: failure);
        }

        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        var problems = body is null ? ["the body is not a JSON object"] : Problems(body);
        if (problems.Count > 0)
        {
            foreach (var p in problems)
            {
                _refused.Enqueue(p);
            }

            return Results.Json(new { errorMessages = Array.Empty<string>(), errors = problems.ToDictionary(p => p.Split(':')[0], p => p) }, statusCode: 400);
        }

        var lose = _lost.TryDequeue(out var astray);
        if (lose && astray < 0)
        {
            return await DropAsync(http);
        }

        var id = Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        var key = $"{Project}-{id}";
        _issues[key] = body!;
        if (lose && astray == 0)
        {
            return await DropAsync(http);
        }

        if (lose)
        {
            return Results.Json(new { errorMessages = new[] { "Internal server error" }, errors = new { } }, statusCode: astray);
        }

        return Results.Json(new { id, key, self = new Uri(BaseUrl, $"/rest/api/3/issue/{id}").ToString() }, statusCode: 201);
    }

    /// <summary>
    /// Starts an answer and drops the connection inside its body, so the caller gets no answer it can read. (A connection
    /// dropped before any byte of the answer may be retried by the caller's HTTP stack on its own.)
    /// </summary>
    private static async Task<IResult> DropAsync(HttpContext http)
    {
        http.Response.StatusCode = 201;
        http.Response.ContentType = "application/json";
        http.Response.ContentLength = 64;
        await http.Response.WriteAsync("{\"id\":");
        await http.Response.Body.FlushAsync();
        http.Abort();
        return Results.Empty;
    }

    private IResult Search(HttpContext http)
    {
        if (!Authorized(http))
        {
            return Results.Json(new { errorMessages = new[] { "Client must be authenticated to access this resource." }, errors = new { } }, statusCode: 401);
        }

        var problems = SearchProblems(http.Request.Query);
        var jql = JqlShape().Match(http.Request.Query["jql"].ToString());
        if (!jql.Success)
        {
            problems.Add("jql: not the bot's query shape (project = \"KEY\" AND summary ~ \"\\\"phrase\\\"\" ORDER BY created ASC)");
        }

        if (problems.Count > 0)
        {
            foreach (var p in problems)
            {
                _refused.Enqueue(p);
            }

            return Results.Json(new { errorMessages = problems, errors = new { } }, statusCode: 400);
        }

        var project = jql.Groups["project"].Value;
        var phrase = Words(jql.Groups["phrase"].Value);
        var found = new JsonArray();
        foreach (var (key, body) in _issues.Where(i => i.Key.StartsWith(project + "-", StringComparison.Ordinal))
                     .OrderBy(i => int.Parse(i.Key.Split('-')[1], CultureInfo.InvariantCulture)))
        {
            var summary = (string?)body["fields"]?["summary"] ?? "";
            if (phrase.Count > 0 && Contains(Words(summary), phrase))
            {
                var id = key.Split('-')[1];
                found.Add(new JsonObject
                {
                    ["expand"] = "",
                    ["id"] = id,
                    ["key"] = key,
                    ["self"] = new Uri(BaseUrl, $"/rest/api/3/issue/{id}").ToString(),
                    ["fields"] = new JsonObject { ["summary"] = summary },
                });
            }
        }

        var page = new JsonObject { ["issues"] = found, ["isLast"] = true };
        var invalid = OpenApiSchemas.Check(SearchResultsSchema.Value, page.ToJsonString());
        if (invalid.Count > 0)
        {
            throw new InvalidOperationException("the fake's own search answer breaks SearchAndReconcileResults: " + string.Join("; ", invalid));
        }

        Interlocked.Increment(ref _searches);
        return Results.Text(page.ToJsonString(), "application/json");
    }

    /// <summary>Query parameters the operation does not declare, or whose values do not fit its schema.</summary>
    private static List<string> SearchProblems(IQueryCollection query)
    {
        var problems = new List<string>();
        foreach (var (name, values) in query)
        {
            if (!SearchParameters.Value.TryGetValue(name, out var schema))
            {
                problems.Add($"{name}: not a parameter of GET /rest/api/3/search/jql");
                continue;
            }

            var type = (string?)schema["type"];
            var itemType = (string?)schema["items"]?["type"];
            foreach (var value in values.SelectMany(v => type == "array" ? (v ?? "").Split(',') : [v ?? ""]))
            {
                var expected = type == "array" ? itemType : type;
                var fits = expected switch
                {
                    "integer" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                        && ((string?)schema["format"] != "int32" || n is >= int.MinValue and <= int.MaxValue),
                    "boolean" => value is "true" or "false",
                    _ => true,
                };
                if (!fits)
                {
                    problems.Add($"{name}: {value} is not a valid {expected}");
                }
            }
        }

        return problems;
    }

    private static Dictionary<string, JsonObject> LoadSearchParameters()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Integrations", "OpenApi", "jira-issues.openapi.json")))!;
        return ((JsonArray)document["paths"]!["/rest/api/3/search/jql"]!["get"]!["parameters"]!)
            .OfType<JsonObject>()
            .Where(p => (string?)p["in"] == "query")
            .ToDictionary(p => (string)p["name"]!, p => (JsonObject)p["schema"]!, StringComparer.Ordinal);
    }

    /// <summary>Lower-case words, as Jira's text search sees a text: punctuation is a separator.</summary>
    private static List<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    private static bool Contains(List<string> words, List<string> phrase)
    {
        for (var i = 0; i + phrase.Count <= words.Count; i++)
        {
            if (words.Skip(i).Take(phrase.Count).SequenceEqual(phrase, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}_]+")]
    private static partial System.Text.RegularExpressions.Regex WordPattern();

    [System.Text.RegularExpressions.GeneratedRegex("""^project = "(?<project>[A-Z][A-Z0-9_]*)" AND summary ~ "\\"(?<phrase>[^"\\]+)\\"" ORDER BY created ASC$""")]
    private static partial System.Text.RegularExpressions.Regex JqlShape();

    private IResult Get(HttpContext http, string key)
    {
        if (!Authorized(http))
        {
            return Results.Json(new { errorMessages = new[] { "Client must be authenticated to access this resource." } }, statusCode: 401);
        }

        Interlocked.Increment(ref _statusReads);
        if (!_issues.ContainsKey(key))
        {
            return Results.Json(new { errorMessages = new[] { "Issue does not exist or you do not have permission to see it." }, errors = new { } }, statusCode: 404);
        }

        var done = _done.ContainsKey(key);
        return Results.Json(new
        {
            id = key.Split('-')[1],
            key,
            fields = new
            {
                status = new
                {
                    name = done ? "Done" : "To Do",
                    statusCategory = new { id = done ? 3 : 2, key = done ? "done" : "new", name = done ? "Done" : "To Do" },
                },
            },
        });
    }
}
