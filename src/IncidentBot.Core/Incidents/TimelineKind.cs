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
}
