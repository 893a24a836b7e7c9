namespace IncidentBot.Core.Incidents;

/// <summary>One item of an incident's checklist, numbered from 1 within its list; ticked by someone, or not yet.</summary>
public sealed record ChecklistItem(long IncidentId, ChecklistKind Kind, int Number, string Text, string? TickedBy, DateTimeOffset? TickedAt)
{
    public bool IsTicked => TickedAt is not null;
}
