using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks Zoom's settings at start, one line each: API and OAuth addresses that are <c>https://</c> (plain http only to a
/// loopback address), the three credentials given together, severities that are on the ladder, and static bridges that
/// are links (named without repeating them: a bridge address may hold a passcode).
/// </summary>
public static class ZoomSettings
{
    public static IEnumerable<string> Problems(IncidentBotOptions options, SeverityLadder ladder, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ladder);
        var zoom = options.Zoom;
        var at = $"{prefix}__Zoom__";
        foreach (var (name, value, example) in new[] { ("BaseUrl", zoom.BaseUrl, ZoomOptions.DefaultBaseUrl), ("OAuthUrl", zoom.OAuthUrl, ZoomOptions.DefaultOAuthUrl) })
        {
            if (!(Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))))
            {
                yield return $"{at}{name} \"{value}\" is not an https:// address such as {example} (plain http only to a loopback address).";
            }
        }

        var given = new[] { ("AccountId", zoom.AccountId), ("ClientId", zoom.ClientId), ("ClientSecret", zoom.ClientSecret) };
        if (given.Any(g => !string.IsNullOrWhiteSpace(g.Item2)) && given.Any(g => string.IsNullOrWhiteSpace(g.Item2)))
        {
            yield return $"{at}{string.Join(", ", given.Where(g => string.IsNullOrWhiteSpace(g.Item2)).Select(g => g.Item1))} missing: " +
                "a Server-to-Server OAuth app needs its account id, client id and client secret.";
        }

        foreach (var (key, bridge) in options.Bridge.Severities)
        {
            if (!ladder.All.Any(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"{prefix}__Bridge__Severities__{key} is not on the severity ladder: use {ladder.DescribeKeys(Core.Texts.Words.English)}.";
            }
            else if (Core.Incidents.RunbookLink.Parse(bridge) is null)
            {
                yield return $"{prefix}__Bridge__Severities__{key} is not a link: use an https URL such as https://meet.example.com/incident.";
            }
        }

        if (options.Bridge.Url is { Length: > 0 } all && Core.Incidents.RunbookLink.Parse(all) is null)
        {
            yield return $"{prefix}__Bridge__Url is not a link: use an https URL such as https://meet.example.com/incident.";
        }

        foreach (var key in zoom.Severities.Where(k => !ladder.All.Any(s => string.Equals(s.Key, k, StringComparison.OrdinalIgnoreCase))))
        {
            yield return $"{at}Severities \"{key}\" is not on the severity ladder: use {ladder.DescribeKeys(Core.Texts.Words.English)}.";
        }
    }
}
