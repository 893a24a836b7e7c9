namespace IncidentBot.Core.StatusPage;

/// <summary>Queued work of the status page.</summary>
public static class StatusPageWorkKinds
{
    /// <summary>Sends a recorded first-external-communication reminder (<see cref="FirstMessagePayload"/>).</summary>
    public const string PostFirstMessageReminder = "post_first_message_reminder";
}
