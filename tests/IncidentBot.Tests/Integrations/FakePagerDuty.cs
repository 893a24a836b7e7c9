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
/// PagerDuty's Events API v2 on a loopback port: <c>POST /v2/enqueue</c>, checked as PagerDuty documents it
/// (developer.pagerduty.com/docs/events-API-v2/trigger-events, the PagerDuty/developer-docs repository,
/// docs/events-API-v2/02-Trigger-Events.md): a 32-character <c>routing_key</c>, an <c>event_action</c> of trigger,
/// acknowledge or resolve, a <c>dedup_key</c> of at most 255 characters (required but for a trigger), and for a trigger
/// a <c>payload</c> with <c>summary</c> (1–1024 characters), <c>source</c> and <c>severity</c> (critical, error,
/// warning, info). A valid event is answered 202 <c>{"status":"success","message":"Event processed","dedup_key":…}</c>
/// and kept; an invalid one 400 <c>{"status":"invalid event","message":"Event object is invalid","errors":[…]}</c>.
/// Every event is also checked against the request schema of PagerDuty's published OpenAPI description of the Events
/// API v2 (OpenApi/pagerduty-events-v2.json). Answers queued with <see cref="FailNext"/> come first (an outage, a rate limit).
/// Also the REST API's <c>GET /oncalls</c> (listOnCalls), checked against PagerDuty's published OpenAPI description of
/// it (OpenApi/pagerduty-oncalls.json): only the declared query parameters, <c>include[]</c> from its enum, booleans
/// that are booleans, the required <c>Accept</c> and <c>Content-Type</c> headers, and <c>Authorization: Token
/// token=…</c> with <see cref="ApiToken"/> (401 otherwise). It answers the entries set with <see cref="SetOnCall"/>
/// for the schedule asked for, users included when asked, in the description's response shape.
/// </summary>
public sealed class FakePagerDuty : IAsyncDisposable
{
    private static readonly string[] Actions = ["trigger", "acknowledge", "resolve"];

    /// <summary>The request body schema of <c>createV2Event</c> in PagerDuty's published description (OpenApi/pagerduty-events-v2.json).</summary>
    private static readonly Lazy<NJsonSchema.JsonSchema> EventSchema = new(() =>
        OpenApiSchemas.Load("pagerduty-events-v2.json", "/paths/~1enqueue/post/requestBody/content/application~1json/schema"));
    private static readonly string[] Severities = ["critical", "error", "warning", "info"];
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _accepted = new();
    private readonly ConcurrentQueue<JsonObject> _refused = new();
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();
    private readonly ConcurrentQueue<string> _oncallProblems = new();
    private volatile OnCallEntry[] _onCall = [];
    private volatile int _oncallFailure;
    private volatile bool _oncallHangs;
    private int _requests;
    private int _oncallRequests;

    private FakePagerDuty(WebApplication app)
    {
        _app = app;
        _app.MapPost("/v2/enqueue", (Func<HttpContext, Task<IResult>>)HandleAsync);
        _app.MapGet("/oncalls", (Func<HttpContext, Task<IResult>>)OnCallsAsync);
    }

    public const string ApiToken = "y_NbAkKc66ryYTWUXYEu";
    public const string ScheduleId = "PI7DH85";

    /// <summary>The REST API's address, as <c>IncidentBot__PagerDuty__BaseUrl</c> takes it.</summary>
    public Uri BaseUrl => new(EventsUrl, "/");

    /// <summary>Requests to <c>/oncalls</c> that broke the published description (each with why), answered 400.</summary>
    public IReadOnlyList<string> OnCallProblems => _oncallProblems.ToList();

    public int OnCallRequests => Volatile.Read(ref _oncallRequests);

    /// <summary>Who the schedule <see cref="ScheduleId"/> has on call now.</summary>
    public void SetOnCall(params OnCallEntry[] entries) => _onCall = entries;

    /// <summary>Answers every <c>/oncalls</c> request with <paramref name="status"/> until set back to 0.</summary>
    public void FailOnCalls(int status) => _oncallFailure = status;

    /// <summary>Holds every <c>/oncalls</c> request without answering until the caller gives up on it, until set back to false.</summary>
    public void HangOnCalls(bool hangs) => _oncallHangs = hangs;

    public Uri EventsUrl { get; private set; } = null!;

    /// <summary>Events answered 202, in arrival order.</summary>
    public IReadOnlyList<JsonObject> Accepted => _accepted.ToList();

    /// <summary>Events answered 400 for not being of the documented shape.</summary>
    public IReadOnlyList<JsonObject> Refused => _refused.ToList();

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<FakePagerDuty> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var fake = new FakePagerDuty(builder.Build());
        await fake._app.StartAsync();
        var address = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.EventsUrl = new Uri(new Uri(address), "/v2/enqueue");
        return fake;
    }

    /// <summary>Answers the next request with <paramref name="status"/> (and a <c>Retry-After</c> when given) instead of taking it.</summary>
    public void FailNext(int status, string? retryAfter = null) => _failures.Enqueue((status, retryAfter));

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        Interlocked.Increment(ref _requests);
        if (_failures.TryDequeue(out var failure))
        {
            if (failure.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = retryAfter;
            }

            return Results.Json(new { status = "throttle event", message = "Requests for this service are arriving too quickly." }, statusCode: failure.Status);
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            body = null;
        }

        var errors = body is null ? ["the body is not a JSON object"] : Problems(body);
        if (errors.Count > 0)
        {
            _refused.Enqueue(body ?? []);
            return Results.Json(new { status = "invalid event", message = "Event object is invalid", errors }, statusCode: 400);
        }

        _accepted.Enqueue(body!);
        return Results.Json(new { status = "success", message = "Event processed", dedup_key = (string?)body!["dedup_key"] }, statusCode: 202);
    }

    private async Task<IResult> OnCallsAsync(HttpContext http)
    {
        Interlocked.Increment(ref _oncallRequests);
        if (_oncallHangs)
        {
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The caller gave up.
            }

            return Results.Empty;
        }

        if (_oncallFailure is > 0 and var failing)
        {
            return Results.Json(new { error = new { message = "Service unavailable", code = 2001 } }, statusCode: failing);
        }

        if (http.Request.Headers.Authorization.ToString() != $"Token token={ApiToken}")
        {
            return Results.Json(new { error = new { message = "Unauthorized", code = 2006 } }, statusCode: 401);
        }

        var problems = OnCallDescription.Problems(http.Request);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                _oncallProblems.Enqueue(problem);
            }

            return Results.Json(new { error = new { message = "Invalid Input Provided", code = 2001, errors = problems } }, statusCode: 400);
        }

        var users = http.Request.Query["include[]"].Contains("users");
        var schedules = http.Request.Query["schedule_ids[]"];
        var entries = new JsonArray(_onCall.Where(_ => schedules.Contains(ScheduleId)).Select(e => (JsonNode)e.Render(users)).ToArray());
        return Results.Json(new JsonObject { ["oncalls"] = entries, ["limit"] = 25, ["offset"] = 0, ["more"] = false, ["total"] = null });
    }

    private static List<string> Problems(JsonObject e)
    {
        var errors = OpenApiSchemas.Check(EventSchema.Value, e.ToJsonString());
        if (Text(e, "routing_key") is not { Length: 32 })
        {
            errors.Add("Length of 'routing_key' is incorrect (should be 32 characters)");
        }

        var action = Text(e, "event_action");
        if (!Actions.Contains(action))
        {
            errors.Add("'event_action' is invalid (must be one of: trigger, acknowledge, resolve)");
        }

        var dedup = Text(e, "dedup_key");
        if (dedup is { Length: > 255 } || (dedup is null && action != "trigger"))
        {
            errors.Add("'dedup_key' is missing or longer than 255 characters");
        }

        if (action == "trigger")
        {
            var payload = e["payload"] as JsonObject;
            if (payload is null || Text(payload, "summary") is not { Length: > 0 and <= 1024 } || Text(payload, "source") is not { Length: > 0 }
                || !Severities.Contains(Text(payload, "severity")))
            {
                errors.Add("'payload' needs a summary (at most 1024 characters), a source and a severity of critical, error, warning or info");
            }
        }

        return errors;
    }

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
