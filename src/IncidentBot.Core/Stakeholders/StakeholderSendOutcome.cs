namespace IncidentBot.Core.Stakeholders;

/// <summary>How asking to send stakeholders an update went.</summary>
public enum StakeholderSendOutcome
{
    Sent,
    NotFound,

    /// <summary>No configured audience hears about this incident (its severity, or it is private or a security incident).</summary>
    NoAudience,

    /// <summary>The incident is resolved: its resolution summary is what stakeholders get.</summary>
    Resolved,

    /// <summary>Someone sent one since the button was shown; nothing was sent twice.</summary>
    AlreadySent,
}
