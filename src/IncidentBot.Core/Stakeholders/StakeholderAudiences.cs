using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Stakeholders;

/// <summary>The configured stakeholder audiences (<c>IncidentBot__Stakeholders__&lt;name&gt;__…</c>), in name order.</summary>
public sealed class StakeholderAudiences(IReadOnlyList<StakeholderAudience> all)
{
    public IReadOnlyList<StakeholderAudience> All { get; } = all;

    public static StakeholderAudiences From(IncidentBotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options.Stakeholders
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new StakeholderAudience(kv.Key.ToLowerInvariant(), Clean(kv.Value.Channels), Clean(kv.Value.UserGroups),
                Clean(kv.Value.Severities), kv.Value.Private, kv.Value.TalkingPoints))
            .ToList());
    }

    /// <summary>The audiences that hear about <paramref name="incident"/> at <paramref name="severity"/>.</summary>
    public IReadOnlyList<StakeholderAudience> For(Incident incident, Severity severity) =>
        All.Where(a => a.Hears(incident, severity)).ToList();

    private static List<string> Clean(IReadOnlyList<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
