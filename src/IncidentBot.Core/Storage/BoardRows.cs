using IncidentBot.Core.StatusPage;

namespace IncidentBot.Core.Storage;

/// <summary>What the status page is built from, as read in one go: its incidents, their messages (newest first) and components.</summary>
public sealed record BoardRows(
    IReadOnlyList<BoardRows.IncidentRow> Incidents,
    IReadOnlyList<PublicMessage> Messages,
    IReadOnlyList<(long IncidentId, string Component, ComponentState State)> Components)
{
    public sealed record IncidentRow(long Id, long Number, string Status, DateTimeOffset DeclaredAt, DateTimeOffset? ResolvedAt);
}
