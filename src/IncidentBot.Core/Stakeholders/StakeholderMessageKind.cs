namespace IncidentBot.Core.Stakeholders;

/// <summary>What a message to stakeholders is.</summary>
public enum StakeholderMessageKind
{
    /// <summary>The executive summary of where the incident stands, on the stakeholder cadence.</summary>
    Update,

    /// <summary>The resolution summary, sent when the incident is resolved.</summary>
    Resolution,

    /// <summary>Word to support, once the incident is mitigated, to stop creating tickets for it.</summary>
    Mitigated,

    /// <summary>
    /// Word that the incident was closed without a resolution (cancelled, or merged into another), sent to audiences
    /// that had heard of it.
    /// </summary>
    Closed,
}
