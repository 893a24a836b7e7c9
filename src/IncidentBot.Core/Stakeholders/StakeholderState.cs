namespace IncidentBot.Core.Stakeholders;

/// <summary>
/// Where an incident's stakeholder updates stand: how many were sent and when the last one went, the run of missed
/// ones since (reminders sent, the last one's time, how far it escalated: 0, 1 the IC was DMed, 2 the target was
/// mentioned), the last resolution whose summary went out, and when support was told to stop creating tickets.
/// </summary>
public sealed record StakeholderState
{
    public required long IncidentId { get; init; }
    public int Sent { get; init; }
    public DateTimeOffset? LastSentAt { get; init; }
    public int Missed { get; init; }
    public DateTimeOffset? LastReminderAt { get; init; }
    public int Escalated { get; init; }

    /// <summary>The resolution (1, 2 after a reopening…) whose summary was sent; 0: none.</summary>
    public int ResolutionSent { get; init; }

    public DateTimeOffset? TicketsStoppedAt { get; init; }

    /// <summary>The state after an update or a resolution summary went out at <paramref name="at"/>: the missed run is over.</summary>
    public StakeholderState AfterSending(DateTimeOffset at) =>
        this with { Sent = Sent + 1, LastSentAt = at, Missed = 0, LastReminderAt = null, Escalated = 0 };
}
