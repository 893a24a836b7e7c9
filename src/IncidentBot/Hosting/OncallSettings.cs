using System.Text.RegularExpressions;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Oncall;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks the on-call settings at start: rotation names <c>/incident page</c> can take, members that are user IDs, a
/// positive length, a handoff and a zone that parse, and severities and types that name a configured rotation and a
/// positive ack window. Each problem is one line naming the environment variable.
/// </summary>
public static partial class OncallSettings
{
    public static IEnumerable<string> Problems(IncidentBotOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (name, rotation) in options.Rotations)
        {
            if (string.Equals(name, PagerDutyOptions.RotationName, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"{prefix}__Rotations__{name} uses the reserved name {PagerDutyOptions.RotationName}, which pages the PagerDuty schedule: " +
                    "give the rotation another name.";
                continue;
            }

            foreach (var problem in RotationProblems($"{prefix}__Rotations__{name}", name, rotation))
            {
                yield return problem;
            }
        }

        foreach (var (key, severity) in options.Severities)
        {
            if (Unknown(options, severity.Rotation) is { } rotation)
            {
                yield return NotARotation(options, $"{prefix}__Severities__{key}__Rotation", rotation);
            }

            if (severity.AckWindow is { } window && window <= TimeSpan.Zero)
            {
                yield return $"{prefix}__Severities__{key}__AckWindow \"{window}\" is not a positive TimeSpan such as 00:05:00.";
            }
        }

        foreach (var (key, type) in options.Types)
        {
            if (Unknown(options, type.Rotation) is { } rotation)
            {
                yield return NotARotation(options, $"{prefix}__Types__{key}__Rotation", rotation);
            }
        }
    }

    private static IEnumerable<string> RotationProblems(string name, string key, RotationOptions rotation)
    {
        if (!Key().IsMatch(key))
        {
            yield return $"{name} is not a rotation name /incident page can take: use lowercase letters, digits and dashes, such as platform.";
        }

        foreach (var member in rotation.MemberIds.Where(m => !UserId().IsMatch(m)))
        {
            yield return $"{name}__Members has \"{member}\", which is not a Slack user ID: list IDs such as U0123ABCD, separated by commas.";
        }

        if (rotation.Length <= TimeSpan.Zero)
        {
            yield return $"{name}__Length \"{rotation.Length}\" is not a positive TimeSpan such as 7.00:00:00.";
        }

        var zone = RotationConfig.Zone(rotation.TimeZone);
        if (!string.IsNullOrWhiteSpace(rotation.TimeZone) && zone is null)
        {
            yield return $"{name}__TimeZone \"{rotation.TimeZone}\" is not a time zone: use an IANA name such as Europe/Berlin.";
        }
        else if (RotationStart.Parse(rotation.Handoff, zone ?? TimeZoneInfo.Utc) is null)
        {
            yield return $"{name}__Handoff \"{rotation.Handoff}\" is not a handoff: use a weekday and HH:mm, such as Monday 09:00, " +
                "or an ISO date-time with its offset, such as 2026-01-05T09:00:00+01:00.";
        }
    }

    private static string? Unknown(IncidentBotOptions options, string? rotation) =>
        string.IsNullOrWhiteSpace(rotation) || options.Rotations.ContainsKey(rotation.Trim())
        || (options.PagerDuty.ReadsSchedule && string.Equals(rotation.Trim(), PagerDutyOptions.RotationName, StringComparison.OrdinalIgnoreCase))
            ? null : rotation;

    private static string NotARotation(IncidentBotOptions options, string setting, string rotation) =>
        string.Equals(rotation.Trim(), PagerDutyOptions.RotationName, StringComparison.OrdinalIgnoreCase)
            ? $"{setting} \"{rotation}\" pages the PagerDuty schedule: set IncidentBot__PagerDuty__ApiToken and IncidentBot__PagerDuty__ScheduleId too."
            : $"{setting} \"{rotation}\" is not a rotation: {Known(options)}.";

    private static string Known(IncidentBotOptions options)
    {
        var names = options.Rotations.Keys.Concat(options.PagerDuty.ReadsSchedule ? [PagerDutyOptions.RotationName] : []).ToList();
        return names.Count == 0 ? "configure it with IncidentBot__Rotations__<name>__Members" : "use " + string.Join(", ", names);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex Key();

    [GeneratedRegex("^[UW][A-Z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex UserId();
}
