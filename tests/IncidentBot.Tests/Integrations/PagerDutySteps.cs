using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using IncidentBot.Integrations;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Integrations;

/// <summary>Steps shared by the PagerDuty tests: its settings, and webhook deliveries shaped and signed as PagerDuty's v3 webhooks are.</summary>
internal static class PagerDutySteps
{
    public const string RoutingKey = "0123456789abcdef0123456789abcdef";
    public const string Secret = "pd-webhook-secret";

    public static (string Key, string? Value)[] Settings(FakePagerDuty pagerDuty, string severities = "sev1,sev2") =>
    [
        ("IncidentBot:PagerDuty:RoutingKey", RoutingKey),
        ("IncidentBot:PagerDuty:Severities", severities),
        ("IncidentBot:PagerDuty:EventsUrl", pagerDuty.EventsUrl.ToString()),
        ("IncidentBot:PagerDuty:WebhookSecret", Secret),
    ];

    /// <summary>
    /// A v3 webhook event as PagerDuty documents it (developer.pagerduty.com/docs/webhooks-v3-overview, "Event Data"):
    /// the event's id, type, occurred_at and agent (a user reference), and the incident as <c>data</c> with its incident_key.
    /// </summary>
    public static string Event(string id, string type, string incidentKey, string? agent = "Dana Ops") => new JsonObject
    {
        ["event"] = new JsonObject
        {
            ["id"] = id,
            ["event_type"] = type,
            ["resource_type"] = "incident",
            ["occurred_at"] = "2026-12-03T10:00:00.000Z",
            ["agent"] = agent is null ? null : new JsonObject
            {
                ["html_url"] = "https://example.pagerduty.com/users/PLH1HKV", ["id"] = "PLH1HKV",
                ["self"] = "https://api.pagerduty.com/users/PLH1HKV", ["summary"] = agent, ["type"] = "user_reference",
            },
            ["client"] = null,
            ["data"] = new JsonObject
            {
                ["id"] = "PGR0VU2", ["type"] = "incident", ["self"] = "https://api.pagerduty.com/incidents/PGR0VU2",
                ["html_url"] = "https://example.pagerduty.com/incidents/PGR0VU2", ["number"] = 2,
                ["status"] = type == "incident.resolved" ? "resolved" : "acknowledged", ["incident_key"] = incidentKey,
                ["created_at"] = "2026-12-03T09:58:00Z", ["title"] = "INC-1 (SEV1): Checkout is failing", ["urgency"] = "high",
            },
        },
    }.ToJsonString();

    public static Task<HttpResponseMessage> DeliverAsync(BotHarness bot, string body, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/pagerduty")
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.TryAddWithoutValidation(PagerDutySignature.Header, signature ?? PagerDutySignature.Sign(Secret, Encoding.UTF8.GetBytes(body)));
        return bot.Http.SendAsync(request);
    }
}
