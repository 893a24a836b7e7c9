namespace IncidentBot.Core.Stakeholders;

/// <summary>Queued work of stakeholder updates.</summary>
public static class StakeholderWorkKinds
{
    /// <summary>Post a recorded message to its audiences' channels and DM their user groups' members. Payload: <see cref="StakeholderPayload"/>.</summary>
    public const string PostStakeholderMessage = "post_stakeholder_message";

    /// <summary>Remind comms that stakeholders are owed an update, and escalate. Payload: <see cref="StakeholderReminder"/>.</summary>
    public const string PostStakeholderReminder = "post_stakeholder_reminder";

    /// <summary>Record and send the resolution summary to the audiences (the incident was resolved). Payload: the resolution's sequence.</summary>
    public const string SendResolution = "send_stakeholder_resolution";

    /// <summary>Record and send support word to stop creating tickets (the incident was mitigated). Payload: empty.</summary>
    public const string SendMitigated = "send_stakeholder_mitigated";

    /// <summary>Record and send word that the incident was cancelled or merged. Payload: when it was closed (Unix ms).</summary>
    public const string SendClosed = "send_stakeholder_closed";
}
