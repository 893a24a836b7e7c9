using IncidentBot.Core.Storage;
using System.Globalization;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Jobs;
using IncidentBot.Monitoring;

namespace IncidentBot.Hosting;

/// <summary>
/// The bot's settings (the Configuration table in the README), checked before anything starts: each bad or missing value is named as
/// the environment variable it is set by, with what it takes, so the bot stops with a line to fix rather than a stack
/// trace, or starts and fails every request later, or quietly uses a default in its place.
/// </summary>
public static class SettingsCheck
{
    public static IReadOnlyList<string> Problems(IConfiguration config)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(config["SLACK_BOT_TOKEN"]))
        {
            problems.Add("SLACK_BOT_TOKEN is not set: set it to the app's bot token (xoxb-…).");
        }
        else if (!config["SLACK_BOT_TOKEN"]!.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            problems.Add("SLACK_BOT_TOKEN is not a bot token: set it to the app's bot token, which starts with xoxb- " +
                "(not a user token, xoxp-, or the app-level token, xapp-).");
        }

        if (config["SLACK_APP_TOKEN"] is { Length: > 0 } appToken && !appToken.StartsWith("xapp-", StringComparison.Ordinal))
        {
            problems.Add("SLACK_APP_TOKEN is not an app-level token: set it to the app's app-level token, which starts with xapp-, " +
                "or leave it unset for HTTP mode.");
        }

        if (string.IsNullOrWhiteSpace(config["SLACK_SIGNING_SECRET"]) && string.IsNullOrWhiteSpace(config["SLACK_APP_TOKEN"]))
        {
            problems.Add("SLACK_SIGNING_SECRET is not set: HTTP mode needs the app's signing secret to verify Slack's requests " +
                "(or set SLACK_APP_TOKEN, xapp-…, for Socket Mode).");
        }

        if (config["SLACK_API_URL"] is { Length: > 0 } url && !IsSafeApiUrl(url))
        {
            problems.Add($"SLACK_API_URL \"{url}\" is not an https URL such as https://slack.com/api/ " +
                "(plain http only to a loopback address, such as a local test server on http://127.0.0.1:…).");
        }

        if (PostgresSettings.Problem(CoreRegistration.DatabaseSetting(config)) is { } database)
        {
            problems.Add($"{CoreRegistration.DatabaseVariable} {database}");
        }

        problems.AddRange(Web.WebSettings.Problems(config));

        var section = config.GetSection(IncidentBotOptions.SectionName);
        IncidentBotOptions options;
        try
        {
            options = OptionsBinder.Bind(section);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException)
        {
            problems.Add($"{ex.Message} {ex.InnerException?.Message}".TrimEnd());
            return problems;
        }

        if (!ZoneExists(options.TimeZone))
        {
            problems.Add($"{EnvironmentName(section.Path)}__TimeZone \"{options.TimeZone}\" is not a time zone: use an IANA name such as " +
                "Europe/Berlin, America/New_York or UTC.");
        }

        if (!Language.TryParse(options.Language, out _))
        {
            problems.Add($"{EnvironmentName(section.Path)}__Language \"{options.Language}\" is not a language the bot speaks: " +
                $"use {string.Join(" or ", Language.All.Select(l => l.Code))}.");
        }

        var ladder = SeverityLadder.From(options);
        if (!ladder.TryParse(options.DefaultSeverity, out _))
        {
            problems.Add($"{EnvironmentName(section.Path)}__DefaultSeverity \"{options.DefaultSeverity}\" is not on the severity ladder: " +
                $"use {ladder.DescribeKeys(Words.English)}.");
        }

        if (section[ActionDigestSchedule.TimeSettingName] is { Length: > 0 } digest && !ActionDigestSchedule.TryParseTime(digest, out _))
        {
            problems.Add($"{EnvironmentName(section.Path)}__{ActionDigestSchedule.TimeSettingName} \"{digest}\" is not a time of day: use HH:mm, such as 09:00.");
        }

        problems.AddRange(Jobs.ReportSettings.Problems(config));
        problems.AddRange(BoundsSettings.Problems(options, EnvironmentName(section.Path)));
        problems.AddRange(TypesSettings.Problems(options, RoleCatalog.From(options), EnvironmentName(section.Path)));
        problems.AddRange(BreachSettings.Problems(options, EnvironmentName(section.Path)));
        problems.AddRange(StakeholderSettings.Problems(options, ladder, EnvironmentName(section.Path)));
        problems.AddRange(HookSettings.Problems(options, ladder, EnvironmentName(section.Path)));
        problems.AddRange(StatusPageSettings.Problems(options, ladder, EnvironmentName(section.Path)));
        problems.AddRange(OncallSettings.Problems(options, EnvironmentName(section.Path)));
        problems.AddRange(PagerDutySettings.Problems(options, ladder, EnvironmentName(section.Path)));
        problems.AddRange(OpsgenieSettings.Problems(options, ladder, EnvironmentName(section.Path)));
        problems.AddRange(TicketSettings.Problems(options, EnvironmentName(section.Path)));
        problems.AddRange(StatuspageSyncSettings.Problems(options, EnvironmentName(section.Path)));
        problems.AddRange(ZoomSettings.Problems(options, ladder, EnvironmentName(section.Path)));
        if (section["LogFormat"] is { Length: > 0 } format && !LoggingRegistration.Formats.Contains(format, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"{EnvironmentName(section.Path)}__LogFormat \"{format}\" is not a log format: use {string.Join(" or ", LoggingRegistration.Formats)}.");
        }

        if (MetricsAccess.Problem(MetricsAccess.Token(config)) is { } metricsToken)
        {
            problems.Add($"{EnvironmentName(section.Path)}__{MetricsAccess.TokenSetting} {metricsToken}");
        }

        return problems;
    }

    /// <summary>The token travels with every call, so only https, or http that never leaves the machine.</summary>
    private static bool IsSafeApiUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var api) && (api.Scheme == Uri.UriSchemeHttps || (api.Scheme == Uri.UriSchemeHttp && api.IsLoopback));

    private static bool ZoneExists(string id)
    {
        try
        {
            _ = ZoneClock.Find(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    private static string EnvironmentName(string path) => path.Replace(":", "__", StringComparison.Ordinal);

    /// <summary>Writes the problems for whoever started the bot, one line each.</summary>
    public static void Report(IReadOnlyList<string> problems, TextWriter writer)
    {
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"IncidentBot cannot start: {problems.Count} setting(s) to fix (see README.md, Configuration):"));
        foreach (var problem in problems)
        {
            writer.WriteLine("  - " + problem);
        }
    }
}
