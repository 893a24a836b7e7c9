using System.Text.RegularExpressions;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Hosting;

/// <summary>
/// Checks the stakeholder audiences and cadences at start: an audience that reaches nobody, a channel or user group
/// given by name rather than ID, a severity not on the ladder or a negative time would otherwise leave stakeholders
/// uninformed until the first send failed.
/// </summary>
public static partial class StakeholderSettings
{
    public static IEnumerable<string> Problems(IncidentBotOptions options, SeverityLadder ladder, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ladder);
        foreach (var (name, audience) in options.Stakeholders)
        {
            var at = $"{prefix}__Stakeholders__{name}";
            if (audience.Channels.Count == 0 && audience.UserGroups.Count == 0)
            {
                yield return $"{at} reaches nobody: set {at}__Channels to channel IDs (C0123ABCD) and/or {at}__UserGroups to user group IDs (S0123ABCD).";
            }

            foreach (var channel in audience.Channels.Where(c => !ChannelId().IsMatch(c)))
            {
                yield return $"{at}__Channels \"{channel}\" is not a channel ID: use one such as C0123ABCD (the channel's details, at the bottom).";
            }

            foreach (var group in audience.UserGroups.Where(g => !UserGroupId().IsMatch(g)))
            {
                yield return $"{at}__UserGroups \"{group}\" is not a user group ID: use one such as S0123ABCD.";
            }

            foreach (var severity in audience.Severities.Where(s => !ladder.TryParse(s, out _)))
            {
                yield return $"{at}__Severities \"{severity}\" is not on the severity ladder: use {ladder.DescribeKeys(Core.Texts.Words.English)}.";
            }
        }

        foreach (var (key, severity) in options.Severities)
        {
            foreach (var (setting, value) in new[] { ("StakeholderFirstWithin", severity.StakeholderFirstWithin), ("StakeholderCadence", severity.StakeholderCadence) })
            {
                if (value < TimeSpan.Zero)
                {
                    yield return $"{prefix}__Severities__{key}__{setting} \"{value}\" is negative: use a TimeSpan such as 01:00:00, or 00:00:00 for none.";
                }
            }
        }
    }

    [GeneratedRegex("^[CG][A-Z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelId();

    [GeneratedRegex("^S[A-Z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex UserGroupId();
}
