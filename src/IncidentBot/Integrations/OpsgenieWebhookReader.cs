using System.Globalization;
using System.Text.Json;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Integrations;

namespace IncidentBot.Integrations;

/// <summary>
/// Reads an Opsgenie webhook integration's body (docs.opsgenie.com, "Webhook Integration", alert action data):
/// <c>{"action": "Acknowledge", "alert": {"alertId", "alias", "username", "updatedAt", …}, "source": {…}}</c>. A body
/// without an action or an alert id is malformed; <c>Acknowledge</c> and <c>Close</c> become notices; every other action
/// (Create, AddNote, …) is read and not recorded.
/// </summary>
public static class OpsgenieWebhookReader
{
    /// <summary>The notice to record (null for an action the timeline does not take), or why the body is malformed.</summary>
    public static (OpsgenieNotice? Notice, string? Problem) Read(ReadOnlyMemory<byte> body)
    {
        var (document, problem) = HookJson.Parse(body, HookJson.VendorMaxDepth);
        if (document is null)
        {
            return (null, problem);
        }

        using (document)
        {
            var root = document.RootElement;
            if (Text(root, "action") is not { } action
                || !root.TryGetProperty("alert", out var alert) || alert.ValueKind != JsonValueKind.Object || Text(alert, "alertId") is not { } id)
            {
                return (null, "the body has no \"action\" or no \"alert\" with an \"alertId\"");
            }

            bool? acknowledged = action switch
            {
                "Acknowledge" => true,
                "Close" => false,
                _ => null,
            };
            if (acknowledged is null)
            {
                return (null, null);
            }

            var stamp = alert.TryGetProperty("updatedAt", out var updated) && updated.ValueKind == JsonValueKind.Number
                ? updated.GetRawText() : Text(alert, "updatedAt");
            return (new OpsgenieNotice(id, acknowledged.Value, Text(alert, "alias"), Text(alert, "username"), stamp), null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;
}
