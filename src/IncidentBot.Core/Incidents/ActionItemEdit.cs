namespace IncidentBot.Core.Incidents;

/// <summary>
/// What to change on an action item: its owner (null with <paramref name="SetsOwner"/>: nobody), its due date (null with
/// <paramref name="SetsDue"/>: none), its priority (null: unchanged).
/// </summary>
public sealed record ActionItemEdit(bool SetsOwner, string? Owner, bool SetsDue, DateOnly? Due, string? Priority)
{
    public bool IsEmpty => !SetsOwner && !SetsDue && Priority is null;

    /// <summary>The item as this edit leaves it.</summary>
    public ActionItem ApplyTo(ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item with
        {
            Owner = SetsOwner ? Owner : item.Owner,
            Due = SetsDue ? Due : item.Due,
            Priority = Priority ?? item.Priority,
        };
    }
}
