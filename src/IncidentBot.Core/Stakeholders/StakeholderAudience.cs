using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Stakeholders;

/// <summary>
/// A configured stakeholder audience: where it hears (channels, and the members of user groups by DM), which rungs it
/// hears about (none listed: every rung with a stakeholder cadence), whether private incidents too, and whether it is
/// support (talking points and word to stop creating tickets).
/// </summary>
public sealed record StakeholderAudience(
    string Name,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> UserGroups,
    IReadOnlyList<string> Severities,
    bool Private,
    bool TalkingPoints)
{
    /// <summary>
    /// Whether it hears about <paramref name="incident"/> at <paramref name="severity"/>: a security incident never
    /// (nothing about one leaves its channel), a private one only when the audience is for private incidents too.
    /// </summary>
    public bool Hears(Incident incident, Severity severity)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(severity);
        if (SecurityIncidents.Is(incident) || (incident.IsPrivate && !Private))
        {
            return false;
        }

        return Severities.Count == 0 ? severity.HasStakeholderCadence : Severities.Any(severity.Matches);
    }
}
