namespace IncidentBot.Core.Integrations;

/// <summary>Which incident to bring up to date on Statuspage, and for a resolution's sync, which resolution (1 for the first).</summary>
public sealed record StatuspageWork(long IncidentId, int Resolution = 0);
