using System.Globalization;
using System.Text.Json;

namespace IncidentBot.Core.Integrations;

/// <summary>
/// Queued PagerDuty work. It is queued without an incident, so that a PagerDuty outage, retried for as long as it lasts,
/// never holds up the incident's Slack work; the payload names the incident.
/// </summary>
public static class PagerDutyWorkKinds
{
    /// <summary>Send a trigger event for a newly declared incident. Payload: <see cref="PagerDutyWork"/>.</summary>
    public const string Trigger = "pagerduty_trigger";

    /// <summary>Send a resolve event for a resolution (by its sequence). Payload: <see cref="PagerDutyWork"/>.</summary>
    public const string Resolve = "pagerduty_resolve";

    /// <summary>
    /// Read the schedule's on-call for <c>/incident oncall</c> and answer the asker ephemerally through the command's
    /// response_url: the command answers at once and never waits on PagerDuty. Payload: the question as JSON (the
    /// response_url and the asker).
    /// </summary>
    public const string OncallAnswer = "pagerduty_oncall_answer";

    /// <summary>The effect-ledger key of the incident's trigger event: recorded attempted before it is sent, done after.</summary>
    public static string TriggerEffect(long incidentId) => $"pagerduty:trigger:{incidentId.ToString(CultureInfo.InvariantCulture)}";

    public static string ResolveEffect(long incidentId, int sequence) =>
        $"pagerduty:resolve:{incidentId.ToString(CultureInfo.InvariantCulture)}:{sequence.ToString(CultureInfo.InvariantCulture)}";

    public static string Serialize(PagerDutyWork work) => JsonSerializer.Serialize(work);

    public static PagerDutyWork Parse(string json) => JsonSerializer.Deserialize<PagerDutyWork>(json) ?? throw new JsonException("empty PagerDuty payload");
}
