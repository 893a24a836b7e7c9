using System.Globalization;

namespace IncidentBot.Core.Integrations;

/// <summary>
/// The dedup key an incident's PagerDuty events carry, <c>incidentbot/INC-42</c>: PagerDuty keeps one alert per key
/// while it is open, so a trigger sent twice pages nobody twice, and its webhooks name the key back.
/// </summary>
public static class PagerDutyKeys
{
    private const string Prefix = "incidentbot/INC-";

    public static string DedupKey(int incidentNumber) => Prefix + incidentNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>The incident number a dedup key names; false for a key that is not one of ours.</summary>
    public static bool TryParse(string? dedupKey, out int incidentNumber)
    {
        incidentNumber = 0;
        return dedupKey is not null && dedupKey.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(dedupKey.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out incidentNumber)
            && incidentNumber > 0;
    }
}
