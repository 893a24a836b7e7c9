using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Work;

namespace IncidentBot.Integrations;

/// <summary>
/// Creates Zoom meetings as a Server-to-Server OAuth app: an access token from the OAuth address
/// (<c>grant_type=account_credentials</c>, the client id and secret as Basic auth), then
/// <c>POST /users/me/meetings</c> with it. 429 waits Zoom's <c>Retry-After</c> when it gives one, and like 5xx and an
/// unreachable Zoom is retried with the queue's backoff; any other answer is a refusal (<see cref="ZoomRefusedException"/>).
/// The secret and the token travel in headers only and are never logged.
/// </summary>
public sealed class ZoomClient(HttpClient http, IncidentBotOptions options, TimeProvider time)
{
    public async Task<ZoomMeeting> CreateMeetingAsync(string topic, CancellationToken ct)
    {
        var zoom = options.Zoom;
        var token = await TokenAsync(ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{zoom.BaseUrl.TrimEnd('/')}/users/me/meetings"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // An instant meeting anyone with the link joins without waiting for a host: responders come and go.
        var body = new JsonObject
        {
            ["topic"] = topic,
            ["type"] = 1,
            ["settings"] = new JsonObject { ["join_before_host"] = true, ["waiting_room"] = false },
        };
        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        var answer = await SendAsync(request, ct);
        var id = answer["id"]?.ToString();
        return id is { Length: > 0 } && (string?)answer["join_url"] is { } join && Uri.TryCreate(join, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps
            ? new ZoomMeeting(id, url)
            : throw new ZoomRefusedException(201, "the answer names no meeting id or https join_url");
    }

    private async Task<string> TokenAsync(CancellationToken ct)
    {
        var zoom = options.Zoom;
        var query = $"grant_type=account_credentials&account_id={Uri.EscapeDataString(zoom.AccountId!)}";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{zoom.OAuthUrl}{(zoom.OAuthUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?")}{query}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{zoom.ClientId}:{zoom.ClientSecret}")));
        var answer = await SendAsync(request, ct);
        return (string?)answer["access_token"] is { Length: > 0 } token ? token : throw new ZoomRefusedException(200, "the token answer has no access_token");
    }

    private async Task<JsonNode> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            try
            {
                return JsonNode.Parse(text) ?? throw new ZoomRefusedException(status, "an empty answer");
            }
            catch (System.Text.Json.JsonException)
            {
                throw new ZoomRefusedException(status, "an answer that is not JSON");
            }
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests && VendorAnswer.RetryAfter(response, time) is { } wait)
        {
            throw new WorkDeferredException(wait);
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500)
        {
            throw new HttpRequestException($"Zoom answered {status.ToString(CultureInfo.InvariantCulture)}", null, response.StatusCode);
        }

        throw new ZoomRefusedException(status, Reason(text));
    }

    /// <summary>Zoom's <c>message</c> or <c>reason</c> from an error body (they describe the call, not the secret), capped.</summary>
    private static string Reason(string text)
    {
        try
        {
            var node = JsonNode.Parse(text);
            var reason = (string?)node?["message"] ?? (string?)node?["reason"] ?? "";
            return reason.Length > 300 ? reason[..300] : reason;
        }
        catch (System.Text.Json.JsonException)
        {
            return "an answer that is not JSON";
        }
    }
}
