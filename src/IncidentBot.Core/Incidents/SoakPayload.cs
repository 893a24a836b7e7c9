namespace IncidentBot.Core.Incidents;

/// <summary>A soak prompt: the incident has been in monitoring since <see cref="MonitoringSince"/>.</summary>
public sealed record SoakPayload(DateTimeOffset MonitoringSince, DateTimeOffset PromptedAt);
