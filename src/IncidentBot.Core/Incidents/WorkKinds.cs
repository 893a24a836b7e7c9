namespace IncidentBot.Core.Incidents;

/// <summary>The kinds of queued Slack work Core asks for; the host has one handler per kind.</summary>
public static class WorkKinds
{
    /// <summary>Create the channel, invite, set topic and purpose, post and pin the brief, post the feed headline.</summary>
    public const string ProvisionIncident = "provision_incident";

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
}
