using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Work;

namespace IncidentBot.Integrations;

/// <summary>
/// Opsgenie's Alert API v2 (docs.opsgenie.com, "Alert API"): create (<c>POST /v2/alerts</c>) and close by alias
/// (<c>POST /v2/alerts/{alias}/close?identifierType=alias</c>), each answered 202 when accepted. The key goes in
/// <c>Authorization: GenieKey …</c> and is never logged. 429 waits Opsgenie's <c>Retry-After</c> when it gives one and
/// is otherwise retried with the queue's backoff, as 5xx and an unreachable Opsgenie are; any other 4xx is a refusal
/// (<see cref="OpsgenieRefusedException"/>).
/// </summary>
public sealed class OpsgenieClient(HttpClient http, IncidentBotOptions options, TimeProvider time)
{
    public const int MaxReason = 300;

    public Task CreateAsync(JsonObject alert, CancellationToken ct) => PostAsync("v2/alerts", alert, ct);

    public Task CloseAsync(string alias, JsonObject body, CancellationToken ct) =>
        PostAsync($"v2/alerts/{Uri.EscapeDataString(alias)}/close?identifierType=alias", body, ct);

    private async Task PostAsync(string path, JsonObject body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var baseUrl = options.Opsgenie.BaseUrl.TrimEnd('/') + "/";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(baseUrl), path))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("GenieKey", options.Opsgenie.ApiKey);
        using var response = await http.SendAsync(request, ct);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var status = (int)response.StatusCode;
        VendorAnswer.ThrowIfRetried(response, "Opsgenie", time);

        throw new OpsgenieRefusedException(status, Reason(await response.Content.ReadAsStringAsync(ct)));
    }

    /// <summary>Opsgenie's <c>message</c> from an error body (it describes the request, not the key), capped.</summary>
    private static string Reason(string text)
    {
        try
        {
            var message = (string?)JsonNode.Parse(text)?["message"] ?? "";
            return message.Length > MaxReason ? message[..MaxReason] : message;
        }
        catch (System.Text.Json.JsonException)
        {
            return "an answer that is not JSON";
        }
    }
}
