namespace IncidentBot.Core.Incidents;

/// <summary>The payload of <see cref="ResolutionWorkKinds.LinkedResolved"/>: which incident was resolved, and which of its resolutions.</summary>
public sealed record LinkedResolution(long ResolvedId, int Sequence);
