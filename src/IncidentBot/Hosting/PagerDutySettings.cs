using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks PagerDuty's settings at start, one line each: an events address that is <c>https://</c> (plain http only to a
/// loopback address), severities that are on the ladder, and severities given without the routing key that would use them.
/// </summary>
public static class PagerDutySettings
{
    public static IEnumerable<string> Problems(IncidentBotOptions options, SeverityLadder ladder, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ladder);
        var pagerDuty = options.PagerDuty;
        var at = $"{prefix}__PagerDuty__";
        if (!(Uri.TryCreate(pagerDuty.EventsUrl, UriKind.Absolute, out var url)
              && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))))
        {
            yield return $"{at}EventsUrl \"{pagerDuty.EventsUrl}\" is not an https:// address such as {PagerDutyOptions.DefaultEventsUrl} " +
                "(plain http only to a loopback address).";
        }

        foreach (var key in pagerDuty.Severities.Where(k => !ladder.All.Any(s => string.Equals(s.Key, k, StringComparison.OrdinalIgnoreCase))))
        {
            yield return $"{at}Severities \"{key}\" is not on the severity ladder: use {ladder.DescribeKeys(Core.Texts.Words.English)}.";
        }

        if (pagerDuty.Severities.Count > 0 && !pagerDuty.SendsEvents)
        {
            yield return $"{at}Severities is set but {at}RoutingKey is not: set the Events API v2 integration key, or remove the severities.";
        }
    }
}
