using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Core.Configuration;
using IncidentBot.Work;

namespace IncidentBot.Integrations;

/// <summary>
/// Sends Events API v2 events. 2xx is done; 429 waits PagerDuty's <c>Retry-After</c> when it gives one and otherwise
/// is retried with the queue's backoff, as 5xx and an unreachable PagerDuty are (for up to a day); any other answer is
/// a refusal (<see cref="PagerDutyRefusedException"/>). The routing key travels in the body only and is never logged.
/// </summary>
public sealed class PagerDutyClient(HttpClient http, IncidentBotOptions options, TimeProvider time)
{
    public const int MaxReason = 300;

    public async Task SendAsync(JsonObject body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(options.PagerDuty.EventsUrl), content, ct);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var status = (int)response.StatusCode;
        VendorAnswer.ThrowIfRetried(response, "PagerDuty", time);

        throw new PagerDutyRefusedException(status, Reason(await response.Content.ReadAsStringAsync(ct)));
    }

    /// <summary>PagerDuty's <c>message</c> and <c>errors</c> from an error body (they describe the event, not the key), capped.</summary>
    private static string Reason(string text)
    {
        try
        {
            var node = JsonNode.Parse(text);
            var message = (string?)node?["message"] ?? "";
            var errors = node?["errors"] is JsonArray list ? string.Join("; ", list.Select(e => e?.ToString())) : "";
            var reason = string.Join(": ", new[] { message, errors }.Where(s => s.Length > 0));
            return reason.Length > MaxReason ? reason[..MaxReason] : reason;
        }
        catch (JsonException)
        {
            return "an answer that is not JSON";
        }
    }
}
