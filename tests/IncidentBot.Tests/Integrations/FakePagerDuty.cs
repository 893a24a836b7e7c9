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
    private int _requests;

    private FakePagerDuty(WebApplication app)
    {
        _app = app;
        _app.MapPost("/v2/enqueue", (Func<HttpContext, Task<IResult>>)HandleAsync);
    }

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
