namespace IncidentBot.Core.Incidents;

/// <summary>What a timeline entry records.</summary>
public enum TimelineKind
{
    Declared,
    SeverityChanged,
    StatusChanged,
    RoleAssigned,
    RoleHandedOver,
    Note,
    PinnedMessage,
    UpdatePosted,
    ActionAdded,
    Resolved,
    Reopened,
    ReminderSent,
    Escalated,
    Renamed,
    Linked,
    Snoozed,
    ActionDone,
    ActionEdited,
    PostmortemReviewed,
    PostmortemStarted,
    Cancelled,
    Merged,
    MergedFrom,
    MergedEntry,
    ChannelKept,
    ChannelArchived,
    ChecklistTicked,
    BreachNoticeRecorded,
    AlertFired,
    AlertFiredAgain,
    AlertResolved,
    StakeholdersInformed,
    PublicMessage,
    /// <summary>Someone was paged into the incident (on declare, by escalation, or with <c>/incident page</c>).</summary>
    Paged,
    /// <summary>A page was acknowledged.</summary>
    PageAcknowledged,
    /// <summary>A page was declined ("Can't take it"), or its ack window passed unanswered.</summary>
    PageMissed,
}
