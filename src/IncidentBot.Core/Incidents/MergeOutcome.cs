namespace IncidentBot.Core.Incidents;

/// <summary>How <c>/incident merge INC-n</c> went.</summary>
public enum MergeOutcome
{
    /// <summary>Merged now.</summary>
    Done,

    /// <summary>The incident asked about does not exist.</summary>
    NotFound,

    /// <summary>It names the incident itself.</summary>
    Itself,

    /// <summary>No such number, or a private incident the member is not a member of (to them it does not exist).</summary>
    UnknownTarget,

    /// <summary>This incident is closed already (resolved, cancelled or merged).</summary>
    Closed,

    /// <summary>The target was itself merged into another; merge into that one.</summary>
    TargetMerged,

    /// <summary>The target was cancelled; there is nothing to carry on there.</summary>
    TargetCancelled,

    /// <summary>The permission policy refused the member.</summary>
    Refused,
}
