namespace IncidentBot.Core.Incidents;

/// <summary>The update as recorded, or null when the incident is resolved (updates go to open incidents only).</summary>
public sealed record UpdateResult(Incident Incident, StatusUpdate? Update)
{
    public bool Refused => Update is null;
}
