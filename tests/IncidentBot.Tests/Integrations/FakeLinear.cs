using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// Linear's GraphQL endpoint on a loopback port, answering the operations the bot sends. Every request is first checked
/// against Linear's published schema (the excerpt OpenApi/linear-schema-excerpt.graphql, through
/// <see cref="GraphQLSchemaExcerpt"/>): root field, arguments and variable types, input-object fields and their types,
/// and every selected field; a request that breaks it is answered 400 with a GraphQL validation error, as Linear does.
/// Then what the schema cannot say: <c>issueCreate</c>'s <c>teamId</c> names the team, the title is one line, the
/// priority 0–4, the due date YYYY-MM-DD, the input's <c>id</c> a UUID v4 not already taken; answered with an
/// <c>IssuePayload</c> (<c>success</c>, <c>issue { id identifier url }</c>). <c>issue(id:)</c> answers by identifier
/// with <c>state { type }</c> and by the id the bot gave it with <c>{ id identifier url }</c>, or Linear's "Entity not
/// found" error. Requests without the API key as the bare <c>Authorization</c> header are answered 400 with an
/// authentication error, as Linear does.
/// </summary>
public sealed partial class FakeLinear : IAsyncDisposable
{
    public const string ApiKey = "lin_api_fakekey";
    public const string TeamId = "9cfb482a-81e3-4154-b5b9-2c805e70a02d";
    public const string TeamKey = "ENG";

    /// <summary>Linear's published schema, the part the bot's operations touch (see OpenApi/SOURCES.md).</summary>
    public static readonly GraphQLSchemaExcerpt Schema = GraphQLSchemaExcerpt.Load("linear-schema-excerpt.graphql");

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, JsonObject> _issues = new();
    private readonly ConcurrentDictionary<string, string> _states = new();
    private readonly ConcurrentQueue<string> _refused = new();
    private readonly ConcurrentQueue<int> _failures = new();
    private readonly ConcurrentDictionary<string, string> _byId = new();
    private int _dropAnswers;
    private int _next = 40;

    private FakeLinear(WebApplication app)
    {
        _app = app;
        _app.MapPost("/graphql", (Func<HttpContext, Task<IResult>>)HandleAsync);
    }

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Issues created, by identifier, as their <c>IssueCreateInput</c>.</summary>
    public IReadOnlyDictionary<string, JsonObject> Issues => _issues;

    /// <summary>Why requests were refused.</summary>
    public IReadOnlyList<string> Refused => _refused.ToList();

    public static async Task<FakeLinear> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var fake = new FakeLinear(builder.Build());
        await fake._app.StartAsync();
        var root = new Uri(fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        fake.Endpoint = new Uri(root, "/graphql");
        return fake;
    }

    /// <summary>Moves the issue to a workflow state of <paramref name="type"/> (completed, canceled, started…), as working it in Linear does.</summary>
    public void MoveTo(string identifier, string type) => _states[identifier] = type;

    /// <summary>Answers the next create with Linear's rate-limit error (HTTP 400, code RATELIMITED).</summary>
    public void RateLimitNext() => _failures.Enqueue(429);

    /// <summary>Refuses the next create, as Linear does when the key may not write to the team.</summary>
    public void RefuseNext() => _failures.Enqueue(403);

    /// <summary>Creates the next issue but answers 502, as an answer lost on the way does.</summary>
    public void DropAnswerNext() => Interlocked.Increment(ref _dropAnswers);

    /// <summary>The problems of <paramref name="input"/> as an <c>IssueCreateInput</c>; empty when Linear would take it.</summary>
    public static List<string> Problems(JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = Schema.CheckInput("IssueCreateInput", input);
        if (input["dueDate"] is JsonValue due && due.GetValueKind() == System.Text.Json.JsonValueKind.String
            && !DateOnly.TryParseExact((string)due!, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add("dueDate: the bot sends a TimelessDate as YYYY-MM-DD");
        }

        if ((string?)input["teamId"] != TeamId)
        {
            errors.Add("teamId: Entity not found: Team");
        }

        if ((string?)input["title"] is not { Length: > 0 } title || title.Contains('\n', StringComparison.Ordinal))
        {
            errors.Add("title: an issue needs a one-line title");
        }

        if (input["priority"] is { } p && p.GetValueKind() == System.Text.Json.JsonValueKind.Number && p.GetValue<int>() is < 0 or > 4)
        {
            errors.Add("priority: must be between 0 and 4");
        }

        return errors;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static IResult Error(string message, string code, int status = 400) =>
        Results.Json(new { errors = new[] { new { message, extensions = new { code, type = code.ToLowerInvariant() } } } }, statusCode: status);

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        if (http.Request.Headers.Authorization.ToString() != ApiKey)
        {
            _refused.Enqueue("authentication: not the API key as a bare Authorization header");
            return Error("Authentication required, not authenticated", "AUTHENTICATION_ERROR");
        }

        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        var query = (string?)body?["query"] ?? "";
        var invalid = Schema.Check(query, body?["variables"] as JsonObject);
        if (invalid.Count > 0)
        {
            return Refuse(string.Join(" ", invalid));
        }

        if (CreateOperation().IsMatch(query))
        {
            if (_failures.TryDequeue(out var failure))
            {
                return failure == 403 ? Error("Forbidden: the key may not create issues in this team", "FORBIDDEN") : Error("Rate limit exceeded", "RATELIMITED");
            }

            if (body!["variables"]?["input"] is not JsonObject input)
            {
                return Refuse("Variable \"$input\" of required type \"IssueCreateInput!\" was not provided.");
            }

            var problems = Problems(input);
            if (problems.Count > 0)
            {
                return Refuse(string.Join(" ", problems));
            }

            var id = (string?)input["id"] ?? Guid.NewGuid().ToString();
            if (!Guid.TryParse(id, out var uuid) || uuid.Version != 4)
            {
                return Refuse("id: must be a UUID v4");
            }

            var number = Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
            var identifier = $"{TeamKey}-{number}";
            if (!_byId.TryAdd(id, identifier))
            {
                return Refuse("id: an issue with this id already exists");
            }

            _issues[identifier] = input;
            _states[identifier] = "unstarted";
            if (Interlocked.Exchange(ref _dropAnswers, 0) > 0)
            {
                return Results.Json(new { error = "upstream" }, statusCode: 502);
            }

            return Results.Json(new
            {
                data = new { issueCreate = new { success = true, issue = new { id, identifier, url = $"https://linear.app/example/issue/{identifier}/issue" } } },
            });
        }

        if (FindOperation().IsMatch(query))
        {
            var wanted = (string?)body!["variables"]?["id"] ?? "";
            return _byId.TryGetValue(wanted, out var found)
                ? Results.Json(new { data = new { issue = new { id = wanted, identifier = found, url = $"https://linear.app/example/issue/{found}/issue" } } })
                : Results.Json(new { data = (object?)null, errors = new[] { new { message = "Entity not found: Issue", extensions = new { code = "INPUT_ERROR", type = "invalid input" } } } });
        }

        if (StateOperation().IsMatch(query))
        {
            if ((string?)body!["variables"]?["id"] is not { Length: > 0 } key)
            {
                return Refuse("Variable \"$id\" of required type \"String!\" was not provided.");
            }

            return _states.TryGetValue(key, out var type)
                ? Results.Json(new { data = new { issue = new { id = Guid.NewGuid().ToString(), identifier = key, state = new { type } } } })
                : Results.Json(new { data = (object?)null, errors = new[] { new { message = "Entity not found: Issue", extensions = new { code = "INPUT_ERROR", type = "invalid input" } } } });
        }

        return Refuse("the operation is neither issueCreate(input: IssueCreateInput!) nor issue(id: String!)");
    }

    private IResult Refuse(string why)
    {
        _refused.Enqueue(why);
        return Error(why, "GRAPHQL_VALIDATION_FAILED");
    }

    [GeneratedRegex(@"^mutation\s+\w*\s*\(\$input:\s*IssueCreateInput!\)\s*\{\s*issueCreate\(input:\s*\$input\)\s*\{[^}]*\bsuccess\b[^}]*\bissue\s*\{[^}]*\bidentifier\b[^}]*\burl\b")]
    private static partial Regex CreateOperation();

    [GeneratedRegex(@"^query\s+\w*\s*\(\$id:\s*String!\)\s*\{\s*issue\(id:\s*\$id\)\s*\{[^}]*\bidentifier\b[^}]*\burl\b[^}]*\}\s*\}$")]
    private static partial Regex FindOperation();

    [GeneratedRegex(@"^query\s+\w*\s*\(\$id:\s*String!\)\s*\{\s*issue\(id:\s*\$id\)\s*\{[^}]*\bstate\s*\{\s*type\s*\}")]
    private static partial Regex StateOperation();
}
