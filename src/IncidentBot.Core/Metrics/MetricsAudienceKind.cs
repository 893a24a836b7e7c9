namespace IncidentBot.Core.Metrics;

/// <summary>The visibility rule a <see cref="MetricsAudience"/> applies.</summary>
public enum MetricsAudienceKind
{
    Everyone,
    SecurityMembers,
    PrivateMembers,
    PublicOnly,
}
