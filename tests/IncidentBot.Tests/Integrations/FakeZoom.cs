using System.Collections.Concurrent;
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

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// Zoom on a loopback port, as its documentation describes a Server-to-Server OAuth app (developers.zoom.us, "Using
/// Server-to-Server OAuth" and "Create a meeting"): <c>POST /oauth/token?grant_type=account_credentials&amp;account_id=…</c>
/// with the client id and secret as Basic auth answers <c>{"access_token", "token_type": "bearer", "expires_in": 3599}</c>
/// (401 <c>{"reason": "Invalid client_id or client_secret"}</c> otherwise); <c>POST /v2/users/me/meetings</c> with
/// <c>Authorization: Bearer &lt;token&gt;</c> and a JSON body whose <c>topic</c> is at most 200 characters and whose
/// <c>type</c> is 1, 2, 3 or 8 (an <c>agenda</c> at most 2,000) answers 201 with the meeting's <c>id</c> and
/// <c>join_url</c> (400 or 401 otherwise); <c>GET /v2/users/me/meetings?type=scheduled&amp;page_size=…&amp;next_page_token=…</c>
/// ("List meetings") answers the meetings a page at a time, each with its <c>agenda</c> cut to 250 characters, and never an
/// instant (type 1) meeting, which that listing leaves out. <see cref="LoseNextCreateAnswer"/> makes the next create
/// happen and then drops its answer; <see cref="GoDown"/> answers every call 503 from then on.
/// No OpenAPI description is checked: Zoom's is not kept here.
/// </summary>
public sealed class FakeZoom : IAsyncDisposable
{
    public const string AccountId = "acct-123";
    public const string ClientId = "zoom-client";
    public const string ClientSecret = "zoom-secret";
    private const string Token = "zoom-access-token";
    private static readonly int[] Types = [1, 2, 3, 8];
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JsonObject> _meetings = new();
    private readonly ConcurrentQueue<string> _refused = new();
    private readonly ConcurrentQueue<JsonObject> _listed = new();
    private long _next = 85746065000;
    private int _loseCreateAnswer;
    private int _down;
    private int _listings;

    private FakeZoom(WebApplication app)
    {
        _app = app;
        _app.MapPost("/oauth/token", (Func<HttpContext, IResult>)Token_);
        _app.MapPost("/v2/users/me/meetings", (Func<HttpContext, Task<IResult>>)CreateAsync);
        _app.MapGet("/v2/users/me/meetings", (Func<HttpContext, IResult>)List);
    }

    public Uri BaseUrl { get; private set; } = null!;

    public Uri OAuthUrl { get; private set; } = null!;

    /// <summary>Meetings created, as their request bodies.</summary>
    public IReadOnlyList<JsonObject> Meetings => _meetings.ToList();

    public IReadOnlyList<string> Refused => _refused.ToList();

    /// <summary>Pages of meetings listed.</summary>
    public int Listings => Volatile.Read(ref _listings);

    /// <summary>Takes the next valid create as usual, then drops the connection instead of answering it.</summary>
    public void LoseNextCreateAnswer() => Interlocked.Exchange(ref _loseCreateAnswer, 1);

    /// <summary>Puts a recurring meeting on the account, as someone (or something else) scheduled it; its join link.</summary>
    public string AddMeeting(string topic, string? agenda)
    {
        var id = Interlocked.Increment(ref _next);
        var join = $"https://us02web.zoom.us/j/{id}?pwd=xyz";
        _listed.Enqueue(new JsonObject { ["id"] = id, ["topic"] = topic, ["type"] = 3, ["agenda"] = agenda, ["join_url"] = join });
        return join;
    }

    /// <summary>Answers every call from now on 503, as Zoom in an outage.</summary>
    public void GoDown() => Interlocked.Exchange(ref _down, 1);

    public static async Task<FakeZoom> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var fake = new FakeZoom(builder.Build());
        await fake._app.StartAsync();
        var address = new Uri(fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        fake.BaseUrl = new Uri(address, "/v2");
        fake.OAuthUrl = new Uri(address, "/oauth/token");
        return fake;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private IResult Token_(HttpContext http)
    {
        if (Volatile.Read(ref _down) == 1)
        {
            return Results.Json(new { reason = "Service unavailable" }, statusCode: 503);
        }

        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
        if (http.Request.Headers.Authorization.ToString() != basic || http.Request.Query["grant_type"] != "account_credentials"
            || http.Request.Query["account_id"] != AccountId)
        {
            _refused.Enqueue("token");
            return Results.Json(new { reason = "Invalid client_id or client_secret", error = "invalid_client" }, statusCode: 401);
        }

        return Results.Json(new { access_token = Token, token_type = "bearer", expires_in = 3599, scope = "meeting:write:meeting:admin" });
    }

    private async Task<IResult> CreateAsync(HttpContext http)
    {
        if (Volatile.Read(ref _down) == 1)
        {
            return Results.Json(new { code = 503, message = "Service unavailable" }, statusCode: 503);
        }

        if (http.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            _refused.Enqueue("meeting: token");
            return Results.Json(new { code = 124, message = "Invalid access token." }, statusCode: 401);
        }

        var body = JsonNode.Parse(await new StreamReader(http.Request.Body).ReadToEndAsync()) as JsonObject;
        var topic = (string?)body?["topic"];
        var agenda = (string?)body?["agenda"];
        var type = body?["type"]?.GetValue<int>();
        if (body is null || topic is null || topic.Length > 200 || agenda?.Length > 2000 || type is not { } t || !Types.Contains(t))
        {
            _refused.Enqueue("meeting: body");
            return Results.Json(new { code = 300, message = "Validation Failed." }, statusCode: 400);
        }

        _meetings.Enqueue(body);
        var id = Interlocked.Increment(ref _next);
        var join = $"https://us02web.zoom.us/j/{id}?pwd=abc";
        _listed.Enqueue(new JsonObject
        {
            ["uuid"] = Convert.ToBase64String(BitConverter.GetBytes(id)), ["id"] = id, ["host_id"] = "z8yCxjabcdEFGHfp8uQ", ["topic"] = topic,
            ["type"] = t, ["agenda"] = agenda is { Length: > 250 } ? agenda[..250] : agenda, ["created_at"] = "2026-12-04T08:00:00Z", ["join_url"] = join,
        });
        if (Interlocked.Exchange(ref _loseCreateAnswer, 0) == 1)
        {
            http.Abort();
            return Results.Empty;
        }

        return Results.Json(new { id, topic, type, agenda, join_url = join }, statusCode: 201);
    }

    /// <summary>"List meetings": the scheduled and recurring meetings (never instant ones), <c>page_size</c> (at most 300) at a time.</summary>
    private IResult List(HttpContext http)
    {
        if (Volatile.Read(ref _down) == 1)
        {
            return Results.Json(new { code = 503, message = "Service unavailable" }, statusCode: 503);
        }

        if (http.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            _refused.Enqueue("list: token");
            return Results.Json(new { code = 124, message = "Invalid access token." }, statusCode: 401);
        }

        var kind = http.Request.Query["type"].ToString();
        var size = int.TryParse(http.Request.Query["page_size"], out var n) ? n : 30;
        var start = int.TryParse(http.Request.Query["next_page_token"], out var token) ? token : 0;
        if (kind is not ("" or "scheduled" or "live" or "upcoming" or "upcoming_meetings" or "previous_meetings") || size is < 1 or > 300)
        {
            _refused.Enqueue("list: query");
            return Results.Json(new { code = 300, message = "Invalid field." }, statusCode: 400);
        }

        Interlocked.Increment(ref _listings);
        var all = _listed.Where(m => (int)m["type"]! != 1).ToList();
        var page = all.Skip(start).Take(size).Select(m => (JsonNode?)m.DeepClone()).ToArray();
        var next = start + size < all.Count ? (start + size).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        return Results.Json(new JsonObject
        {
            ["page_size"] = size, ["total_records"] = all.Count, ["next_page_token"] = next, ["meetings"] = new JsonArray(page),
        });
    }
}
