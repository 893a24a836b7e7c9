using System.Globalization;
using System.Text.Json;

namespace IncidentBot.Core.Integrations;

/// <summary>
/// Queued Statuspage work. It is queued without an incident, so that a Statuspage outage, retried for as long as it
/// lasts, never holds up the incident's Slack work; the payload names the incident.
/// </summary>
public static class StatuspageWorkKinds
{
    /// <summary>Send the incident's public messages and resolution not sent yet, in order. Payload: <see cref="StatuspageWork"/>.</summary>
    public const string Sync = "statuspage_sync";

    /// <summary>The queue's dedupe key of the sync a public message (by its request key) asks for.</summary>
    public static string MessageKey(long incidentId, string requestKey) =>
        $"statuspage:message:{incidentId.ToString(CultureInfo.InvariantCulture)}:{requestKey}";

    /// <summary>The queue's dedupe key of the sync a resolution (by its sequence) asks for.</summary>
    public static string ResolutionKey(long incidentId, int sequence) =>
        $"statuspage:resolve:{incidentId.ToString(CultureInfo.InvariantCulture)}:{sequence.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The effect ledger's key of the incident's Statuspage create: attempted before the call, done once its id is stored,
    /// so a rerun that finds it attempted looks for the incident on the page before creating one.
    /// </summary>
    public static string CreateEffect(long incidentId) =>
        $"statuspage:create:{incidentId.ToString(CultureInfo.InvariantCulture)}";

    public static string Serialize(StatuspageWork work) => JsonSerializer.Serialize(work);

    public static StatuspageWork Parse(string json) => JsonSerializer.Deserialize<StatuspageWork>(json) ?? throw new JsonException("empty Statuspage payload");
}
