using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.StatusPage;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks the status page's settings at start, one line each: positive durations, a time zone that exists, logo and
/// links that are http(s) addresses (they are put on a public page), at most <see cref="ComponentCatalog.Max"/>
/// components, and first-message rungs that are on the ladder.
/// </summary>
public static class StatusPageSettings
{
    public static IEnumerable<string> Problems(IncidentBotOptions options, SeverityLadder ladder, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ladder);
        var page = options.StatusPage;
        var at = $"{prefix}__StatusPage__";
        if (page.FirstMessageWithin <= TimeSpan.Zero)
        {
            yield return $"{at}FirstMessageWithin \"{page.FirstMessageWithin}\" is not a positive TimeSpan such as 00:30:00.";
        }

        if (page.ShowResolvedFor <= TimeSpan.Zero)
        {
            yield return $"{at}ShowResolvedFor \"{page.ShowResolvedFor}\" is not a positive TimeSpan such as 7.00:00:00 (d.hh:mm:ss).";
        }

        if (page.CacheFor < TimeSpan.Zero)
        {
            yield return $"{at}CacheFor \"{page.CacheFor}\" is negative: use a TimeSpan such as 00:00:05.";
        }

        if (!string.IsNullOrWhiteSpace(page.TimeZone) && !ZoneExists(page.TimeZone))
        {
            yield return $"{at}TimeZone \"{page.TimeZone}\" is not a time zone: use an IANA name such as Europe/Berlin.";
        }

        if (!string.IsNullOrWhiteSpace(page.LogoUrl) && !IsWebAddress(page.LogoUrl))
        {
            yield return $"{at}LogoUrl \"{page.LogoUrl}\" is not an http(s) address such as https://example.com/logo.png.";
        }

        foreach (var (text, url) in page.Links.Where(l => !IsWebAddress(l.Value)))
        {
            yield return $"{at}Links__{text} \"{url}\" is not an http(s) address such as https://example.com/support.";
        }

        if (page.Components.Count > ComponentCatalog.Max)
        {
            yield return $"{at}Components has {page.Components.Count} components: a form's picker holds at most {ComponentCatalog.Max}.";
        }

        foreach (var key in page.FirstMessageSeverities.Where(k => !ladder.TryParse(k, out _)))
        {
            yield return $"{at}FirstMessageSeverities \"{key}\" is not on the severity ladder: use {ladder.DescribeKeys(Core.Texts.Words.English)}.";
        }
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool ZoneExists(string id)
    {
        try
        {
            _ = ZoneClock.Find(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }
}
