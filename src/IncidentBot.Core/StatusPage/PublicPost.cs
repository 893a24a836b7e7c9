namespace IncidentBot.Core.StatusPage;

/// <summary>
/// What an update (or <c>/incident update --public</c>) asks to publish: a message for customers at a stage, and, from
/// the forms, the full set of components the incident affects (null leaves them as they are; components not in the set
/// are back to operational).
/// </summary>
public sealed record PublicPost(string? Text, PublicStage? Stage, IReadOnlyDictionary<string, ComponentState>? Components = null);
