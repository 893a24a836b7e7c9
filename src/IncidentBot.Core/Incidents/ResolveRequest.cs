namespace IncidentBot.Core.Incidents;

/// <summary>A resolve modal submission; the same <paramref name="RequestKey"/> (the view id) resolves once.</summary>
public sealed record ResolveRequest(
    long IncidentId,
    string UserId,
    string Summary,
    string? RootCause,
    bool ImpactConfirmed,
    bool StartPostmortem,
    string RequestKey);
