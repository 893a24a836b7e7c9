using System.Globalization;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Texts;
using IncidentBot.Hosting;

namespace IncidentBot.StatusPage;

/// <summary>
/// How the page reads: its words (the workspace's language), title, logo and links as configured, and the zone and
/// culture its times are shown in.
/// </summary>
public sealed class StatusPageLook(Words words, StatusPageOptions options, IncidentBotOptions bot)
{
    public Words Words { get; } = words;

    public string Title { get; } = string.IsNullOrWhiteSpace(options.Title) ? words["statuspage.page.title"] : options.Title.Trim();

    public string? LogoUrl { get; } = string.IsNullOrWhiteSpace(options.LogoUrl) ? null : options.LogoUrl.Trim();

    public IReadOnlyList<KeyValuePair<string, string>> Links { get; } = options.Links.OrderBy(l => l.Key, StringComparer.Ordinal).ToList();

    public string ZoneId { get; } = string.IsNullOrWhiteSpace(options.TimeZone) ? (string.IsNullOrWhiteSpace(bot.TimeZone) ? "UTC" : bot.TimeZone) : options.TimeZone;

    public TimeZoneInfo Zone => ZoneClock.Find(ZoneId);

    public TimeSpan CacheFor { get; } = options.CacheFor;

    public string LanguageCode => Words.Language.Code;

    /// <summary><c>3 Dec 2026, 14:05</c> in the page's zone and language.</summary>
    public string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Zone).ToString("d MMM yyyy, HH:mm", CultureInfo.GetCultureInfo(LanguageCode));
}
