namespace IncidentBot.Slack.Messages;

/// <summary>The <c>action_id</c>s of the update, severity, snooze and resolve buttons; each button's value is the incident id.</summary>
public static class CadenceActions
{
    public const string PostUpdate = "post_update";
    public const string Snooze = "snooze";
    public const string ChangeSeverity = "change_severity";

    /// <summary>Handled by the resolve feature; the soak prompt only renders it.</summary>
    public const string Resolve = "resolve";
}
