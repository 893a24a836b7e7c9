using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Monitoring;
using IncidentBot.Slack.Messages;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace IncidentBot.Slack.Api;

/// <summary>
/// Sends Slack HTTP requests through the resilience pipeline and turns every failure into a
/// <see cref="SlackApiException"/>. No other code retries. Each request sent is timed and its outcome counted
/// (<see cref="SlackCallMetrics"/>).
/// </summary>
internal sealed class SlackTransport(
    HttpClient http, ResiliencePipeline<HttpResponseMessage> pipeline, MethodPauses pauses, MentionFence fence, TimeProvider time, ILogger logger,
    SlackCallMetrics metrics)
{
    /// <summary>
    /// Calls a Web API method as a form POST with a bearer token and returns the <c>ok:true</c> body. With
    /// <paramref name="queued"/>, the call is made by queued work that can wait its turn in the queue: a 429 whose
    /// <c>Retry-After</c> is longer than <see cref="MethodPauses.LongestWait"/> fails it at once as <c>ratelimited</c>
    /// (carrying the wait) instead of holding a worker until then.
    /// </summary>
    public async Task<JsonObject> CallAsync(Uri url, string method, string token, SlackForm form, CancellationToken ct, bool queued = false)
    {
        using var response = await SendAsync(method, () => CreateMethodRequest(url, token, form.ToContent(fence)), ct, queued, answerInBody: true)
            .ConfigureAwait(false);
        var body = await ReadJsonAsync(method, response, ct).ConfigureAwait(false);
        var ok = body?["ok"]?.GetValueKind() == JsonValueKind.True;
        var error = ok ? null : body?["error"]?.GetValue<string>() ?? $"http_{(int)response.StatusCode}";
        if (response.IsSuccessStatusCode)
        {
            metrics.Count(method, error is null ? SlackCallOutcome.Ok : SlackCallOutcome.ForError(error));
        }

        return error is null ? body! : throw new SlackApiException(method, error, ReadMessages(body));
    }

    /// <summary>
    /// Sends a request built fresh for each attempt; returns the successful (2xx) response. With
    /// <paramref name="answerInBody"/>, a 2xx is counted by the caller, which reads Slack's <c>ok</c> from its body.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(
        string method, Func<HttpRequestMessage> createRequest, CancellationToken ct, bool queued = false, bool answerInBody = false)
    {
        using var turn = await pauses.TakeTurnAsync(method, ct).ConfigureAwait(false);
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(SlackResiliencePipeline.MethodKey, method);
        context.Properties.Set(SlackResiliencePipeline.QueuedKey, queued);
        try
        {
            var response = await pipeline.ExecuteAsync(
                static (ctx, state) => state.transport.AttemptAsync(ctx, state.method, state.createRequest, state.ct),
                context,
                (transport: this, method, createRequest, ct)).ConfigureAwait(false);
            response = ThrowIfExhausted(method, response, context.Properties.GetValue(SlackResiliencePipeline.RetryAfterKey, TimeSpan.Zero));
            if (!answerInBody && response.IsSuccessStatusCode)
            {
                metrics.Count(method, SlackCallOutcome.Ok);
            }

            return response;
        }
        catch (TimeoutRejectedException ex)
        {
            var status = context.Properties.GetValue(SlackResiliencePipeline.LastStatusKey, 0);
            throw GiveUp(method, status == 0 ? "timeout" : ErrorFor((HttpStatusCode)status), ex);
        }
        catch (HttpRequestException ex)
        {
            throw GiveUp(method, "request_failed", ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>One request, timed; its outcome counted unless it is a 2xx, whose outcome the caller knows.</summary>
    private async ValueTask<HttpResponseMessage> AttemptAsync(
        ResilienceContext ctx, string method, Func<HttpRequestMessage> createRequest, CancellationToken callerToken)
    {
        ctx.Properties.Set(SlackResiliencePipeline.LastStatusKey, 0);
        using var request = createRequest();
        var started = time.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ctx.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            metrics.Timed(method, time.GetElapsedTime(started));
            metrics.Count(method, SlackCallOutcome.ForException(ex, callerToken.IsCancellationRequested));
            throw;
        }

        metrics.Timed(method, time.GetElapsedTime(started));
        ctx.Properties.Set(SlackResiliencePipeline.LastStatusKey, (int)response.StatusCode);
        if (!response.IsSuccessStatusCode)
        {
            metrics.Count(method, SlackCallOutcome.ForStatus(response.StatusCode));
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var retryAfter = SlackResiliencePipeline.RetryAfter(response, time) ?? TimeSpan.Zero;
            ctx.Properties.Set(SlackResiliencePipeline.RetryAfterKey, retryAfter);
            pauses.Pause(method, retryAfter);
        }

        return response;
    }

    private HttpResponseMessage ThrowIfExhausted(string method, HttpResponseMessage response, TimeSpan retryAfter)
    {
        if (!SlackResiliencePipeline.IsRetryable(response.StatusCode))
        {
            return response;
        }

        var limited = response.StatusCode == HttpStatusCode.TooManyRequests;
        response.Dispose();
        throw GiveUp(method, ErrorFor(response.StatusCode), null, limited ? retryAfter : null);
    }

    private SlackApiException GiveUp(string method, string error, Exception? inner, TimeSpan? retryAfter = null)
    {
        SlackApiLog.GaveUp(logger, method, error);
        return new SlackApiException(method, error, null, inner) { RetryAfter = retryAfter };
    }

    private static string ErrorFor(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests ? "ratelimited" : (int)status >= 500 ? "http_5xx" : "timeout";

    /// <summary>A JSON body (a response_url post), through the same fence as every Web API call.</summary>
    public StringContent JsonContent(JsonNode body) =>
        new(fence.Json(body)!.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private static HttpRequestMessage CreateMethodRequest(Uri url, string token, FormUrlEncodedContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private async Task<JsonObject?> ReadJsonAsync(string method, HttpResponseMessage response, CancellationToken ct)
    {
        // Parsed from the bytes as they came: a response (chat.postMessage echoes the whole message) is not first copied
        // into a string.
        var bytes = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        try
        {
            return JsonNode.Parse(bytes) as JsonObject;
        }
        catch (JsonException ex) when (response.IsSuccessStatusCode)
        {
            metrics.Count(method, SlackCallOutcome.InvalidResponse);
            throw new SlackApiException(method, "invalid_response", null, ex);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<string> ReadMessages(JsonObject? body) =>
        body?["response_metadata"]?["messages"] is JsonArray messages
            ? messages.Select(m => m?.ToString() ?? "").ToList()
            : [];
}
