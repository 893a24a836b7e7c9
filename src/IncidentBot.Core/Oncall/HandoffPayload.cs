namespace IncidentBot.Core.Oncall;

/// <summary>A rotation's handoff at <see cref="AtMs"/> (unix ms) from <see cref="Outgoing"/> to <see cref="Incoming"/>.</summary>
public sealed record HandoffPayload(string Rotation, long AtMs, string? Outgoing, string? Incoming);
