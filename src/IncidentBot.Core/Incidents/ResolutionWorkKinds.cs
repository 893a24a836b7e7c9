namespace IncidentBot.Core.Incidents;

/// <summary>Queued Slack work for resolution, post-mortems and action items.</summary>
public static class ResolutionWorkKinds
{
    /// <summary>Post the "resolved" or "reopened" message in the channel and the feed thread. Payload: <see cref="ResolutionNotice"/>.</summary>
    public const string ResolutionMessage = "resolution_message";

    /// <summary>
    /// Tell an open incident that one linked with it was resolved, in its channel with a Resolve button: the cascade of
    /// <c>/incident link</c>. Payload: <see cref="LinkedResolution"/>.
    /// </summary>
    public const string LinkedResolved = "linked_resolved";

    /// <summary>Compile the post-mortem draft, naming people as Slack knows them. Payload: the request key.</summary>
    public const string CompilePostmortem = "compile_postmortem";

    /// <summary>Post the summary and upload the Markdown of a compiled version. Payload: the version.</summary>
    public const string PublishPostmortem = "publish_postmortem";

    /// <summary>Bring the post-mortem due reminders in line with the incident's state.</summary>
    public const string PostmortemSchedule = "postmortem_schedule";

    /// <summary>Remind the channel that the post-mortem review is due (its timer fired). Payload: <see cref="PostmortemDue"/>.</summary>
    public const string PostmortemDueReminder = "postmortem_due";

    /// <summary>DM each owner their overdue action items (the daily timer fired). Payload: the day, <c>yyyy-MM-dd</c>.</summary>
    public const string ActionDigest = "action_digest";
}
