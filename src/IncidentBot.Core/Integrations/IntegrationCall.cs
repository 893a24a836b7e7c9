namespace IncidentBot.Core.Integrations;

/// <summary>The last call made to one integration's vendor: when, whether it succeeded, and why not.</summary>
public sealed record IntegrationCall(string Name, DateTimeOffset CalledAt, bool Succeeded, string? Detail);
