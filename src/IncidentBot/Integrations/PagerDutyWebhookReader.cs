using System.Globalization;
using System.Text.Json;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Integrations;

namespace IncidentBot.Integrations;

/// <summary>
/// Reads a v3 webhook body (developer.pagerduty.com, "V3 Webhooks overview"): <c>{"event": {"id", "event_type",
/// "resource_type", "occurred_at", "agent": {"summary"}, "data": {"incident_key", …}}}</c>. An event without an id or
/// type is malformed; <c>incident.acknowledged</c> and <c>incident.resolved</c> become notices; every other event
/// (triggered, annotated, a ping, …) is read and not recorded.
/// </summary>
public static class PagerDutyWebhookReader
{
    public static PagerDutyReading Read(ReadOnlyMemory<byte> body)
    {
        var (document, problem) = HookJson.Parse(body, HookJson.VendorMaxDepth);
        if (document is null)
        {
            return new PagerDutyReading(null, problem);
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("event", out var ev)
                || ev.ValueKind != JsonValueKind.Object)
            {
                return new PagerDutyReading(null, "the body has no \"event\" object");
            }

            if (Text(ev, "id") is not { } id || Text(ev, "event_type") is not { } type)
            {
                return new PagerDutyReading(null, "the event has no \"id\" or \"event_type\"");
            }

            PagerDutyNoticeKind? kind = type switch
            {
                "incident.acknowledged" => PagerDutyNoticeKind.Acknowledged,
                "incident.resolved" => PagerDutyNoticeKind.Resolved,
                _ => null,
            };
            if (kind is null)
            {
                return new PagerDutyReading(null, null);
            }

            if (!ev.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            {
                return new PagerDutyReading(null, $"the {type} event has no \"data\" object");
            }

            var agent = ev.TryGetProperty("agent", out var a) && a.ValueKind == JsonValueKind.Object && Text(a, "type") == "user_reference"
                ? Text(a, "summary") : null;
            var at = Text(ev, "occurred_at") is { } when
                && DateTimeOffset.TryParse(when, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : (DateTimeOffset?)null;
            return new PagerDutyReading(new PagerDutyNotice(id, kind.Value, Text(data, "incident_key"), agent, at), null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;
}
