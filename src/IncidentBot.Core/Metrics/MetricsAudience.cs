namespace IncidentBot.Core.Metrics;

/// <summary>
/// Who the figures are for, which decides what counts. <see cref="Everyone"/>: every incident (the bot's own gauges).
/// <see cref="SecurityMembers"/>: <c>/incident stats</c>'s rule, a security incident only for its members.
/// <see cref="PrivateMembers"/>: the web view's rule (<c>/incident list</c>'s), a private incident only for its members.
/// <see cref="Channel"/>: a report posted where many read it, so no private incident at all.
/// </summary>
public sealed record MetricsAudience(MetricsAudienceKind Kind, string? Viewer)
{
    public static MetricsAudience Everyone { get; } = new(MetricsAudienceKind.Everyone, null);

    public static MetricsAudience Channel { get; } = new(MetricsAudienceKind.PublicOnly, null);

    public static MetricsAudience SecurityMembers(string viewer) => new(MetricsAudienceKind.SecurityMembers, viewer);

    public static MetricsAudience PrivateMembers(string viewer) => new(MetricsAudienceKind.PrivateMembers, viewer);
}
