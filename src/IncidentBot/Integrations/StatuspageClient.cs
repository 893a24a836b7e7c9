using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Work;

namespace IncidentBot.Integrations;

/// <summary>
/// Creates and updates incidents on the configured Statuspage page (<c>POST /pages/{page_id}/incidents</c>,
/// <c>PATCH /pages/{page_id}/incidents/{incident_id}</c>, <c>Authorization: OAuth …</c>) and finds one the bot created by
/// its metadata among the page's unresolved incidents (<c>GET /pages/{page_id}/incidents/unresolved</c>). 2xx is done; 420 and 429 (its
/// rate limits) wait Statuspage's <c>Retry-After</c> when it gives one and are otherwise retried with the queue's
/// backoff, as 5xx and an unreachable Statuspage are; any other answer is a refusal
/// (<see cref="StatuspageRefusedException"/>). The key travels in the header only and is never logged.
/// </summary>
public sealed class StatuspageClient(HttpClient http, IncidentBotOptions options, TimeProvider time)
{
    public const int MaxReason = 300;

    /// <summary>Unresolved incidents asked for per call (Statuspage's largest page).</summary>
    public const int PerPage = 100;

    /// <summary>How many pages of unresolved incidents are looked through at most.</summary>
    public const int MaxPages = 20;

    public async Task<StatuspageCreated> CreateAsync(JsonObject body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var response = await SendAsync(HttpMethod.Post, "incidents", body, ct);
        return Read(JsonNode.Parse(await response.Content.ReadAsStringAsync(ct)), response);
    }

    /// <summary>
    /// The page's unresolved incident whose metadata names <paramref name="incidentId"/> (see <see cref="StatuspageMetadata"/>),
    /// or null when there is none: the page's unresolved incidents are read page by page until one matches or a page
    /// comes back short.
    /// </summary>
    public async Task<StatuspageCreated?> FindUnresolvedAsync(long incidentId, CancellationToken ct)
    {
        for (var page = 1; page <= MaxPages; page++)
        {
            var query = FormattableString.Invariant($"incidents/unresolved?page={page}&per_page={PerPage}");
            using var response = await SendAsync(HttpMethod.Get, query, null, ct);
            if (JsonNode.Parse(await response.Content.ReadAsStringAsync(ct)) is not JsonArray listed)
            {
                throw new StatuspageRefusedException((int)response.StatusCode, "the answer is not a list of incidents");
            }

            if (listed.FirstOrDefault(i => StatuspageMetadata.Names(i, incidentId)) is { } found)
            {
                return Read(found, response);
            }

            if (listed.Count < PerPage)
            {
                break;
            }
        }

        return null;
    }

    public async Task UpdateAsync(string incidentId, JsonObject body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var _ = await SendAsync(HttpMethod.Patch, "incidents/" + Uri.EscapeDataString(incidentId), body, ct);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken ct)
    {
        var page = options.StatusPage;
        using var request = new HttpRequestMessage(method, new Uri($"{page.BaseUrl.TrimEnd('/')}/pages/{Uri.EscapeDataString(page.PageId!)}/{path}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("OAuth", page.ApiKey);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        var response = await http.SendAsync(request, ct);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var limited = response.StatusCode == HttpStatusCode.TooManyRequests || status == 420;
            if (limited && VendorAnswer.RetryAfter(response, time) is { } wait)
            {
                throw new WorkDeferredException(wait);
            }

            if (limited || status >= 500)
            {
                throw new HttpRequestException($"Statuspage answered {status.ToString(CultureInfo.InvariantCulture)}", null, response.StatusCode);
            }

            throw new StatuspageRefusedException(status, Reason(await response.Content.ReadAsStringAsync(ct)));
        }
    }

    /// <summary>A Statuspage incident's id and shortlink out of its JSON.</summary>
    private static StatuspageCreated Read(JsonNode? incident, HttpResponseMessage response)
    {
        if (incident is not JsonObject found || found["id"] is not JsonValue id || !id.TryGetValue<string>(out var text) || text.Length == 0)
        {
            throw new StatuspageRefusedException((int)response.StatusCode, "the answer names no incident id");
        }

        var shortlink = found["shortlink"] is JsonValue value && value.TryGetValue<string>(out var link) && Uri.TryCreate(link, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url : null;
        return new StatuspageCreated(text, shortlink);
    }

    /// <summary>Statuspage's <c>error</c> from an error body (it describes the call, not the key), capped.</summary>
    private static string Reason(string text)
    {
        try
        {
            var node = JsonNode.Parse(text);
            var error = node?["error"] is JsonArray list ? string.Join("; ", list.Select(e => e?.ToString())) : node?["error"]?.ToString() ?? node?["message"]?.ToString() ?? "";
            return error.Length > MaxReason ? error[..MaxReason] : error;
        }
        catch (JsonException)
        {
            return "an answer that is not JSON";
        }
    }
}
