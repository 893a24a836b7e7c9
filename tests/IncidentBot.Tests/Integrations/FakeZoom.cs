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
/// <c>type</c> is 1, 2, 3 or 8 answers 201 with the meeting's <c>id</c> and <c>join_url</c> (400 or 401 otherwise).
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
    private long _next = 85746065000;

    private FakeZoom(WebApplication app)
    {
        _app = app;
        _app.MapPost("/oauth/token", (Func<HttpContext, IResult>)Token_);
        _app.MapPost("/v2/users/me/meetings", (Func<HttpContext, Task<IResult>>)CreateAsync);
    }

    public Uri BaseUrl { get; private set; } = null!;

    public Uri OAuthUrl { get; private set; } = null!;

    /// <summary>Meetings created, as their request bodies.</summary>
    public IReadOnlyList<JsonObject> Meetings => _meetings.ToList();

    public IReadOnlyList<string> Refused => _refused.ToList();

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
        if (http.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            _refused.Enqueue("meeting: token");
            return Results.Json(new { code = 124, message = "Invalid access token." }, statusCode: 401);
        }

        var body = JsonNode.Parse(await new StreamReader(http.Request.Body).ReadToEndAsync()) as JsonObject;
        var topic = (string?)body?["topic"];
        var type = body?["type"]?.GetValue<int>();
        if (body is null || topic is null || topic.Length > 200 || type is not { } t || !Types.Contains(t))
        {
            _refused.Enqueue("meeting: body");
            return Results.Json(new { code = 300, message = "Validation Failed." }, statusCode: 400);
        }

        _meetings.Enqueue(body);
        var id = Interlocked.Increment(ref _next);
        return Results.Json(new { id, topic, type, join_url = $"https://us02web.zoom.us/j/{id}?pwd=abc" }, statusCode: 201);
    }
}
