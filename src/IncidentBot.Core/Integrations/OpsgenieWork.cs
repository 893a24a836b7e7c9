namespace IncidentBot.Core.Integrations;

/// <summary>Which incident an Opsgenie call is about, and for a close, which resolution (1 for the first).</summary>
public sealed record OpsgenieWork(long IncidentId, int Sequence = 0);
