namespace IncidentBot.Core.Alerts;

/// <summary>Queued Slack work for alerts. Payload: the alert's id, except where said.</summary>
public static class AlertWorkKinds
{
    /// <summary>Declare an incident for an alert whose severity auto-declares, and tie the alert to it.</summary>
    public const string Declare = "alert_declare";

    /// <summary>Post the alert's triage message once, or bring it in line with the alert's state.</summary>
    public const string Triage = "alert_triage";

    /// <summary>Remind once, in the triage message's thread, of an alert nobody acknowledged or decided in time (queued by its timer).</summary>
    public const string Reminder = "alert_triage_reminder";

    /// <summary>Ask in the incident's channel whether to resolve, every linked alert having resolved. Payload: <see cref="AlertsCleared"/>.</summary>
    public const string Cleared = "alerts_cleared";

    /// <summary>
    /// Bookmark the links of the alerts tied to the incident in its channel, each address once. Payload: none; the
    /// work is the incident's, queued after its channel is set up.
    /// </summary>
    public const string Bookmarks = "alert_bookmarks";
}
