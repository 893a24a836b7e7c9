namespace IncidentBot.Core.Oncall;

/// <summary>The rotation to page on declare.</summary>
public sealed record RotationPayload(string Rotation);
