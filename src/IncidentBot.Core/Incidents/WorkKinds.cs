namespace IncidentBot.Core.Incidents;

/// <summary>The kinds of queued Slack work Core asks for; the host has one handler per kind.</summary>
public static class WorkKinds
{
    /// <summary>Create the channel, invite, set topic and purpose, post and pin the brief, queue the feed headline.</summary>
    public const string ProvisionIncident = "provision_incident";

    /// <summary>Post a public incident's headline in the feed channel, first in the incident's <see cref="FeedLine"/>.</summary>
    public const string PostHeadline = "post_headline";

    /// <summary>Post a copy of one of the incident's messages in its headline's thread, in the incident's <see cref="FeedLine"/>.</summary>
    public const string PostFeedReply = "post_feed_reply";

    /// <summary>Rewrite the brief, the feed headline and the channel topic in place from the incident's current state.</summary>
    public const string RefreshMessages = "refresh_messages";

    /// <summary>
    /// Bring the incident's scheduled jobs (update reminder, role reminder, soak check, post-mortem due) in line with its
    /// current state: schedule, move or remove them.
    /// </summary>
    public const string SyncSchedule = "sync_schedule";

    /// <summary>Set the channel's purpose from the incident's current title (after a rename).</summary>
    public const string SetPurpose = "set_purpose";

    /// <summary>Handle one Slack event delivered to <c>/slack/events</c>.</summary>
    public const string SlackEvent = "slack_event";

    /// <summary>The key that makes the incident's headline queued once.</summary>
    public static string HeadlineKey(long incidentId) => $"headline:{incidentId}";

    /// <summary>
    /// The incident's second line of queued work, in the place of the incident on the item: its feed headline and then
    /// the posts in the headline's thread, in order. While the headline waits for its turn in a busy feed channel, only
    /// this line waits; the incident's own line (channel, brief, reminders) goes on.
    /// </summary>
    public static long FeedLine(long incidentId) => -incidentId;

    /// <summary>The incident a queued item's line belongs to: its own line or its <see cref="FeedLine"/>.</summary>
    public static long? IncidentOf(long? line) => line is < 0 ? -line : line;
}
