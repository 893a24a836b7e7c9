using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks Opsgenie's settings at start, one line each: an API address that is <c>https://</c> (plain http only to a
/// loopback address), severities that are on the ladder, and severities given without the API key that would use them.
/// </summary>
public static class OpsgenieSettings
{
    public static IEnumerable<string> Problems(IncidentBotOptions options, SeverityLadder ladder, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ladder);
        var opsgenie = options.Opsgenie;
        var at = $"{prefix}__Opsgenie__";
        if (!(Uri.TryCreate(opsgenie.BaseUrl, UriKind.Absolute, out var url)
              && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))))
        {
            yield return $"{at}BaseUrl \"{opsgenie.BaseUrl}\" is not an https:// address such as {OpsgenieOptions.DefaultBaseUrl} " +
                "(plain http only to a loopback address).";
        }

        foreach (var key in opsgenie.Severities.Where(k => !ladder.All.Any(s => string.Equals(s.Key, k, StringComparison.OrdinalIgnoreCase))))
        {
            yield return $"{at}Severities \"{key}\" is not on the severity ladder: use {ladder.DescribeKeys(Core.Texts.Words.English)}.";
        }

        if (opsgenie.Severities.Count > 0 && !opsgenie.SendsAlerts)
        {
            yield return $"{at}Severities is set but {at}ApiKey is not: set the API key of an Opsgenie API integration, or remove the severities.";
        }
    }
}
