namespace IncidentBot.Core.Incidents;

/// <summary>What provisioning needs beyond the stored incident: where to tell the declarer how it went.</summary>
public sealed record ProvisionPayload(string? ResponseUrl);
