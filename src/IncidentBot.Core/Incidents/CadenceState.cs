namespace IncidentBot.Core.Incidents;

/// <summary>
/// What the bot remembers about an incident's cadence. The reminder fields (<see cref="Missed"/>,
/// <see cref="LastReminderAt"/>, <see cref="SnoozedUntil"/>, <see cref="PromisedAt"/>, <see cref="Escalated"/>) belong to <see cref="AnchorAt"/>:
/// the last update, the declaration or the last reopening. Once the incident's anchor moves on they no longer apply.
/// </summary>
public sealed record CadenceState
{
    public required long IncidentId { get; init; }
    public DateTimeOffset? AnchorAt { get; init; }
    public int Missed { get; init; }
    public DateTimeOffset? LastReminderAt { get; init; }
    public DateTimeOffset? SnoozedUntil { get; init; }

    /// <summary>How far this run of missed updates has escalated: 0 not yet, 1 the IC was DMed, 2 the target was mentioned.</summary>
    public int Escalated { get; init; }

    /// <summary>When the last update promised the next one, when sooner than the cadence.</summary>
    public DateTimeOffset? PromisedAt { get; init; }

    /// <summary>When the current stretch in <see cref="IncidentStatus.Monitoring"/> began.</summary>
    public DateTimeOffset? MonitoringSince { get; init; }

    /// <summary>The <see cref="MonitoringSince"/> the soak prompt was posted for.</summary>
    public DateTimeOffset? SoakAnnouncedFor { get; init; }

    public int RoleReminders { get; init; }
    public DateTimeOffset? LastRoleReminderAt { get; init; }

    /// <summary>When the initial assessment was posted; null while it is outstanding (or never asked).</summary>
    public DateTimeOffset? AssessedAt { get; init; }

    /// <summary>When the channel was reminded of the outstanding initial assessment (once per incident).</summary>
    public DateTimeOffset? AssessmentRemindedAt { get; init; }

    /// <summary>The latest reopening (from the timeline); not stored in the cadence row.</summary>
    public DateTimeOffset? ReopenedAt { get; init; }

    /// <summary>The reminder fields as they apply to <paramref name="anchor"/>: cleared when they belong to an older one.</summary>
    public CadenceState For(DateTimeOffset anchor) => AnchorAt == anchor
        ? this
        : this with { AnchorAt = anchor, Missed = 0, LastReminderAt = null, SnoozedUntil = null, PromisedAt = null, Escalated = 0 };
}
