using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks PagerDuty's settings at start, one line each: an events address that is <c>https://</c> (plain http only to a
/// loopback address), the same for the REST address, the REST token and schedule given together, severities that are on the
/// ladder, and severities given without the routing key that would use them.
/// </summary>
public static class PagerDutySettings
{
    public static IEnumerable<string> Problems(IncidentBotOptions options, SeverityLadder ladder, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ladder);
        var pagerDuty = options.PagerDuty;
        var at = $"{prefix}__PagerDuty__";
        if (!Secure(pagerDuty.EventsUrl))
        {
            yield return $"{at}EventsUrl \"{pagerDuty.EventsUrl}\" is not an https:// address such as {PagerDutyOptions.DefaultEventsUrl} " +
                "(plain http only to a loopback address).";
        }

        if (!Secure(pagerDuty.BaseUrl))
        {
            yield return $"{at}BaseUrl \"{pagerDuty.BaseUrl}\" is not an https:// address such as {PagerDutyOptions.DefaultBaseUrl} " +
                "(plain http only to a loopback address).";
        }

        if (string.IsNullOrWhiteSpace(pagerDuty.ApiToken) != string.IsNullOrWhiteSpace(pagerDuty.ScheduleId))
        {
            yield return string.IsNullOrWhiteSpace(pagerDuty.ApiToken)
                ? $"{at}ScheduleId is set but {at}ApiToken is not: set a REST API key that can read the schedule's on-calls, or remove the schedule."
                : $"{at}ApiToken is set but {at}ScheduleId is not: set the ID of the schedule whose on-call is paged (such as PI7DH85), or remove the token.";
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

    private static bool Secure(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));
}
