using System.Globalization;
using System.Text.Json;

namespace IncidentBot.Core.Integrations;

/// <summary>
/// Queued Opsgenie work, queued without an incident so that an Opsgenie outage never holds up the incident's Slack
/// work; the payload names the incident. The alert's alias is the incident (<see cref="Alias"/>): Opsgenie folds a
/// create for an alias whose alert is open into that alert, so a retried create pages nobody twice.
/// </summary>
public static class OpsgenieWorkKinds
{
    /// <summary>Create the alert of a newly declared incident. Payload: <see cref="OpsgenieWork"/>.</summary>
    public const string Create = "opsgenie_create";

    /// <summary>Close the alert on a resolution (by its sequence). Payload: <see cref="OpsgenieWork"/>.</summary>
    public const string Close = "opsgenie_close";

    private const string AliasPrefix = "incidentbot-INC-";

    /// <summary>
    /// The alias of the incident's alert, <c>incidentbot-INC-42</c> (no slash: the close call names the alert by it in
    /// its path); the webhook names it back.
    /// </summary>
    public static string Alias(int incidentNumber) => AliasPrefix + incidentNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>The incident number an alias names; false for an alert that is not one of ours.</summary>
    public static bool TryParseAlias(string? alias, out int incidentNumber)
    {
        incidentNumber = 0;
        return alias is not null && alias.StartsWith(AliasPrefix, StringComparison.Ordinal)
            && int.TryParse(alias.AsSpan(AliasPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out incidentNumber)
            && incidentNumber > 0;
    }

    public static string CreateEffect(long incidentId) => $"opsgenie:create:{incidentId.ToString(CultureInfo.InvariantCulture)}";

    public static string CloseEffect(long incidentId, int sequence) =>
        $"opsgenie:close:{incidentId.ToString(CultureInfo.InvariantCulture)}:{sequence.ToString(CultureInfo.InvariantCulture)}";

    public static string Serialize(OpsgenieWork work) => JsonSerializer.Serialize(work);

    public static OpsgenieWork Parse(string json) => JsonSerializer.Deserialize<OpsgenieWork>(json) ?? throw new JsonException("empty Opsgenie payload");
}
