using IncidentBot.Core.Policies;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// The outcome of a merge, this incident and the surviving one as they stand afterwards, whether the survivor's title and
/// channel may be shown where this incident is read, and who may merge when refused.
/// </summary>
public sealed record MergeResult(MergeOutcome Outcome, Incident? Incident, Incident? Target = null, bool ShowsTarget = false, PermissionDecision? Refusal = null);
