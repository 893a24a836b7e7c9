using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Slack.Messages;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace IncidentBot.Slack.Api;

/// <summary>
/// Sends Slack HTTP requests through the resilience pipeline and turns every failure into a
/// <see cref="SlackApiException"/>. No other code retries.
/// </summary>
internal sealed class SlackTransport(
    HttpClient http, ResiliencePipeline<HttpResponseMessage> pipeline, MethodPauses pauses, MentionFence fence, TimeProvider time, ILogger logger)
{
    /// <summary>
    /// Calls a Web API method as a form POST with a bearer token and returns the <c>ok:true</c> body. With
    /// <paramref name="queued"/>, the call is made by queued work that can wait its turn in the queue: a 429 whose
    /// <c>Retry-After</c> is longer than <see cref="MethodPauses.LongestWait"/> fails it at once as <c>ratelimited</c>
    /// (carrying the wait) instead of holding a worker until then.
    /// </summary>
    public async Task<JsonObject> CallAsync(Uri url, string method, string token, SlackForm form, CancellationToken ct, bool queued = false)
    {
        using var response = await SendAsync(method, () => CreateMethodRequest(url, token, form.ToContent(fence)), ct, queued).ConfigureAwait(false);
        var body = await ReadJsonAsync(method, response, ct).ConfigureAwait(false);
        if (body?["ok"]?.GetValueKind() == JsonValueKind.True)
        {
            return body;
        }

        var error = body?["error"]?.GetValue<string>() ?? $"http_{(int)response.StatusCode}";
        throw new SlackApiException(method, error, ReadMessages(body));
    }

    /// <summary>Sends a request built fresh for each attempt; returns the successful (2xx) response.</summary>
    public async Task<HttpResponseMessage> SendAsync(string method, Func<HttpRequestMessage> createRequest, CancellationToken ct, bool queued = false)
    {
        using var turn = await pauses.TakeTurnAsync(method, ct).ConfigureAwait(false);
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(SlackResiliencePipeline.MethodKey, method);
        context.Properties.Set(SlackResiliencePipeline.QueuedKey, queued);
        try
        {
            var response = await pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    ctx.Properties.Set(SlackResiliencePipeline.LastStatusKey, 0);
                    using var request = state.createRequest();
                    var response = await state.http.SendAsync(request, ctx.CancellationToken).ConfigureAwait(false);
                    ctx.Properties.Set(SlackResiliencePipeline.LastStatusKey, (int)response.StatusCode);
                    if (response.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        var retryAfter = SlackResiliencePipeline.RetryAfter(response, state.time) ?? TimeSpan.Zero;
                        ctx.Properties.Set(SlackResiliencePipeline.RetryAfterKey, retryAfter);
                        state.pauses.Pause(state.method, retryAfter);
                    }

                    return response;
                },
                context,
                (http, createRequest, pauses, method, time)).ConfigureAwait(false);
            return ThrowIfExhausted(method, response, context.Properties.GetValue(SlackResiliencePipeline.RetryAfterKey, TimeSpan.Zero));
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

    private static async Task<JsonObject?> ReadJsonAsync(string method, HttpResponseMessage response, CancellationToken ct)
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
