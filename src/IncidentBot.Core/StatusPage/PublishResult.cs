using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.StatusPage;

/// <summary>What publishing did: the message recorded, or null when the incident may not be published (private or security).</summary>
public sealed record PublishResult(Incident Incident, PublicMessage? Message)
{
    public bool Refused => Message is null;
}
