namespace IncidentBot.Core.Incidents;

/// <summary>The incident that was declared, whether this call created it, and an open incident it may duplicate.</summary>
public sealed record DeclareResult(Incident Incident, bool Created, PossiblyRelatedIncident? PossiblyRelated);
