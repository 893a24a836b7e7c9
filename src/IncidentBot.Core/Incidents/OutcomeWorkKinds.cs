namespace IncidentBot.Core.Incidents;

/// <summary>Queued Slack work for cancelled and merged incidents and for archiving incident channels.</summary>
public static class OutcomeWorkKinds
{
    /// <summary>Post "cancelled" or "merged into INC-n" in the channel and the feed thread. Payload: <see cref="OutcomeNotice"/>.</summary>
    public const string OutcomeMessage = "outcome_message";

    /// <summary>Tell the surviving incident's channel that a duplicate was merged into it. Payload: the duplicate's id.</summary>
    public const string MergedIn = "merged_in";

    /// <summary>Bring the channel's archive timers (the notice, the archive) in line with the incident's state.</summary>
    public const string ArchiveSchedule = "archive_schedule";

    /// <summary>Post the notice that the channel will be archived (its timer fired). Payload: <see cref="ArchiveDue"/>.</summary>
    public const string ArchiveNotice = "archive_notice";

    /// <summary>Archive the channel (its timer fired). Payload: <see cref="ArchiveDue"/>.</summary>
    public const string ArchiveChannel = "archive_channel";
}
