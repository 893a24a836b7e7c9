using IncidentBot.Core.Alerts;
using IncidentBot.Core.Configuration;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks the alert sources' signing settings at start: only Grafana signs its deliveries, so a secret set for another
/// source would be a check that never runs, and a header name that is blank could never be read.
/// </summary>
public static class HookSettings
{
    public static IEnumerable<string> Problems(IncidentBotOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (source, hook) in options.Hooks)
        {
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
