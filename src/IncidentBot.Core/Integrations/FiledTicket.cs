namespace IncidentBot.Core.Integrations;

/// <summary>An action item's ticket in the team's tracker: which tracker, its key (<c>OPS-12</c>) and its link.</summary>
public sealed record FiledTicket(long ActionItemId, string Tracker, string Key, string Url);
