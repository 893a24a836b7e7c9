namespace IncidentBot.Core.Integrations;

/// <summary>Which incident a PagerDuty event is about, and for a resolve, which resolution (1 for the first).</summary>
public sealed record PagerDutyWork(long IncidentId, int Sequence = 0);
