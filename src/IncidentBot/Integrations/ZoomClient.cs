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
/// <c>POST /users/me/meetings</c> with it, and finds a meeting created earlier by the marker in its agenda
/// (<c>GET /users/me/meetings</c>, which lists scheduled and recurring meetings but never instant ones). 429 waits Zoom's <c>Retry-After</c> when it gives one, and like 5xx and an
/// unreachable Zoom is retried with the queue's backoff; any other answer is a refusal (<see cref="ZoomRefusedException"/>).
/// The secret and the token travel in headers only and are never logged.
/// </summary>
public sealed class ZoomClient(HttpClient http, IncidentBotOptions options, TimeProvider time)
{
    /// <summary>Zoom's largest page of listed meetings.</summary>
    public const int PageSize = 300;

    /// <summary>How many pages of meetings are looked through at most.</summary>
    public const int MaxPages = 10;

    public async Task<ZoomMeeting> CreateMeetingAsync(string topic, string agenda, CancellationToken ct)
    {
        using var request = await RequestAsync(HttpMethod.Post, "users/me/meetings", ct);
        // A recurring meeting with no fixed time: open whenever responders come and go, for as long as the incident
        // lasts, and (unlike an instant meeting) listed by Zoom, so an earlier create can be found again. Anyone with
        // the link joins without waiting for a host.
        var body = new JsonObject
        {
            ["topic"] = topic,
            ["agenda"] = agenda,
            ["type"] = 3,
            ["settings"] = new JsonObject { ["join_before_host"] = true, ["waiting_room"] = false },
        };
        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return Read(await SendAsync(request, ct)) ?? throw new ZoomRefusedException(201, "the answer names no meeting id or https join_url");
    }

    /// <summary>
    /// The meeting whose agenda carries the marker naming <paramref name="incidentId"/> (<see cref="ZoomMarker"/>), or
    /// null when there is none: the account's meetings are read a page at a time until one matches or the pages run out.
    /// </summary>
    public async Task<ZoomMeeting?> FindMeetingAsync(long incidentId, CancellationToken ct)
    {
        var next = "";
        for (var page = 0; page < MaxPages; page++)
        {
            var query = $"users/me/meetings?type=scheduled&page_size={PageSize.ToString(CultureInfo.InvariantCulture)}"
                + (next.Length > 0 ? "&next_page_token=" + Uri.EscapeDataString(next) : "");
            using var request = await RequestAsync(HttpMethod.Get, query, ct);
            var answer = await SendAsync(request, ct);
            if (answer["meetings"] is not JsonArray meetings)
            {
                throw new ZoomRefusedException(200, "the answer has no list of meetings");
            }

            if (meetings.FirstOrDefault(m => ZoomMarker.Names((string?)m?["agenda"], incidentId)) is { } found)
            {
                return Read(found) ?? throw new ZoomRefusedException(200, "the listed meeting has no id or https join_url");
            }

            next = (string?)answer["next_page_token"] ?? "";
            if (next.Length == 0)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>A meeting from Zoom's answer; null when it names no id or no https join link.</summary>
    private static ZoomMeeting? Read(JsonNode? meeting)
    {
        var id = meeting?["id"]?.ToString();
        return id is { Length: > 0 } && (string?)meeting?["join_url"] is { } join && Uri.TryCreate(join, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps
            ? new ZoomMeeting(id, url)
            : null;
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string path, CancellationToken ct)
    {
        var token = await TokenAsync(ct);
        var request = new HttpRequestMessage(method, new Uri($"{options.Zoom.BaseUrl.TrimEnd('/')}/{path}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
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

        VendorAnswer.ThrowIfRetried(response, "Zoom", time);

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
