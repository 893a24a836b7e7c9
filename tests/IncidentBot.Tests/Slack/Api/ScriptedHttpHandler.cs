using System.Collections.Concurrent;
using System.Net;
using System.Text;
using NUnit.Framework;

namespace IncidentBot.Tests.Slack.Api;

/// <summary>An HTTP edge that answers from a script and records every request.</summary>
internal sealed class ScriptedHttpHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<RecordedRequest, HttpResponseMessage>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    /// <summary>Answer used once the script runs out; by default the test fails loudly.</summary>
    public Func<RecordedRequest, HttpResponseMessage>? Fallback { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public ScriptedHttpHandler Then(Func<RecordedRequest, HttpResponseMessage> respond)
    {
        _script.Enqueue(respond);
        return this;
    }

    public ScriptedHttpHandler ThenJson(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        Then(_ => Json(json, status));

    public ScriptedHttpHandler ThenRateLimited(int? retryAfterSeconds) => Then(_ =>
    {
        var response = Json("""{"ok":false,"error":"ratelimited"}""", HttpStatusCode.TooManyRequests);
        if (retryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = new(TimeSpan.FromSeconds(seconds));
        }

        return response;
    });

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>Waits (real time, bounded) until at least <paramref name="count"/> requests arrived.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        for (var i = 0; i < 500 && _requests.Count < count; i++)
        {
            await Task.Delay(10);
        }

        Assert.That(_requests, Has.Count.GreaterThanOrEqualTo(count), "requests that arrived in time");
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.MediaType,
            body);
        _requests.Enqueue(recorded);
        var respond = _script.TryDequeue(out var next) ? next : Fallback;
        return respond is null
            ? throw new InvalidOperationException($"Unscripted request to {recorded.Uri}")
            : respond(recorded);
    }
}
