using IncidentBot.Core.Configuration;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Incidents of the <c>security</c> type: always private, whatever was asked or configured, and nothing about them is
/// posted outside their channel (no feed headline, no escalation in another channel) or counted in <c>/incident stats</c>
/// for anyone who is not a member.
/// </summary>
public static class SecurityIncidents
{
    public static bool IsSecurityType(string typeKey) => string.Equals(typeKey, DefaultTypes.SecurityKey, StringComparison.OrdinalIgnoreCase);

    public static bool Is(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return IsSecurityType(incident.Type);
    }
}
