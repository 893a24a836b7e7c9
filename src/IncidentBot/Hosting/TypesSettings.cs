using System.Text.RegularExpressions;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks the incident types and the video bridge: a key <c>--type</c> can take, roles that exist, links that are
/// links, a cadence that is positive. Each problem names the environment variable and what it takes.
/// </summary>
public static partial class TypesSettings
{
    public static IEnumerable<string> Problems(IncidentBotOptions options, RoleCatalog roles, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(roles);
        if (options.VideoBridgeUrl is { Length: > 0 } bridge && RunbookLink.Parse(bridge) is null)
        {
            yield return $"{prefix}__{nameof(options.VideoBridgeUrl)} \"{bridge}\" is not a link: use an https URL such as https://meet.example.com/incident.";
        }

        foreach (var (key, type) in options.Types)
        {
            var name = $"{prefix}__Types__{key}";
            if (!Key().IsMatch(key.ToLowerInvariant()))
            {
                yield return $"{name} is not a type key /incident declare --type can take: use lowercase letters, digits and dashes, such as database-outage.";
            }

            foreach (var role in type.Roles.Where(r => roles.Find(r) is null))
            {
                yield return $"{name}__Roles names \"{role}\", which is not a role: use {string.Join(", ", roles.All.Select(r => r.Key))}.";
            }

            if (type.UpdateCadence is { } cadence && cadence <= TimeSpan.Zero)
            {
                yield return $"{name}__UpdateCadence \"{cadence}\" is not a positive TimeSpan such as 04:00:00.";
            }

            foreach (var link in type.Runbooks.Where(l => RunbookLink.Parse(l) is null))
            {
                yield return $"{name}__Runbooks has \"{link}\", which is not a link: use https://… or Title|https://…, separated by ;.";
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex Key();
}
