using IncidentBot.Core.Alerts;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks the alert sources' signing settings at start: only Grafana signs its deliveries, so a secret set for another
/// source would be a check that never runs, and a header name that is blank could never be read. A severity the
/// mapping names (a <c>SeverityMap</c> value, an <c>AutoDeclare</c> key) must be on the ladder: one that is not would
/// silently map every such alert to the default rung, or never declare.
/// </summary>
public static class HookSettings
{
    public static IEnumerable<string> Problems(IncidentBotOptions options, SeverityLadder ladder, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ladder);
        foreach (var (source, hook) in options.Hooks)
        {
            foreach (var (label, key) in hook.SeverityMap.Where(m => !ladder.TryParse(m.Value, out _)))
            {
                yield return $"{prefix}__Hooks__{source}__SeverityMap__{label} \"{key}\" is not on the severity ladder: use {ladder.DescribeKeys(Words.English)}.";
            }

            foreach (var key in hook.AutoDeclareKeys.Where(k => !ladder.TryParse(k, out _)))
            {
                yield return $"{prefix}__Hooks__{source}__AutoDeclare \"{key}\" is not on the severity ladder: use {ladder.DescribeKeys(Words.English)}.";
            }

            if (!string.IsNullOrEmpty(hook.Secret) && !string.Equals(source, AlertSources.Grafana, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"{prefix}__Hooks__{source}__Secret is set, but only Grafana signs its deliveries: " +
                    $"use {prefix}__Hooks__{source}__Token (a bearer token) for {source}.";
            }

            if (string.IsNullOrWhiteSpace(hook.SignatureHeader))
            {
                yield return $"{prefix}__Hooks__{source}__SignatureHeader is blank: leave it unset for X-Grafana-Alerting-Signature, " +
                    "or set the header name the contact point's HMAC settings use.";
            }
        }
    }
}
