namespace IncidentBot.Core.Incidents;

/// <summary>The action item added (or found), and whether this call added it.</summary>
public sealed record ActionItemResult(ActionItem Item, bool Created);
