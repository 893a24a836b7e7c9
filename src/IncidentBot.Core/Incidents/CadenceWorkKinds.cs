namespace IncidentBot.Core.Incidents;

/// <summary>Queued Slack work for status updates, reminders, escalation, role reminders and the soak prompt.</summary>
public static class CadenceWorkKinds
{
    /// <summary>Post a recorded status update in the channel and the feed headline's thread. Payload: <see cref="UpdatePayload"/>.</summary>
    public const string PostUpdate = "post_update";

    /// <summary>Post a due-update reminder and its escalation. Payload: <see cref="ReminderPayload"/>.</summary>
    public const string PostReminder = "post_reminder";

    /// <summary>Announce a severity change. Payload: <see cref="SeverityChangePayload"/>.</summary>
    public const string AnnounceSeverity = "announce_severity";

    /// <summary>Remind the channel of empty required roles. Payload: <see cref="RoleReminderPayload"/>.</summary>
    public const string PostRoleReminder = "post_role_reminder";

    /// <summary>Remind the channel of the outstanding initial assessment. Payload: <see cref="AssessmentReminderPayload"/>.</summary>
    public const string PostAssessmentReminder = "post_assessment_reminder";

    /// <summary>Ask whether a stable incident in monitoring can be resolved. Payload: <see cref="SoakPayload"/>.</summary>
    public const string PostSoakPrompt = "post_soak_prompt";
}
