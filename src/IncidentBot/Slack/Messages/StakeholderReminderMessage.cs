using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Stakeholders;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The reminder that stakeholders are owed an update, in the channel mentioning the comms lead (or the IC) with a
/// Send to stakeholders button; the DM to the IC; and the escalation to the severity's target.
/// </summary>
public static class StakeholderReminderMessage
{
    public const string MetadataEventType = "incident_stakeholder_reminder";

    /// <summary>The button's <c>action_id</c>; its value is <c>{incident id}:{updates sent when it was shown}</c>.</summary>
    public const string SendAction = "send_stakeholder_update";

    public static (string Text, JsonArray Blocks) Build(Words words, Incident incident, Severity severity, StakeholderReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(incident);
        var who = incident.RoleHolder(ReminderMessage.CommsRole) ?? incident.Commander;
        var text = words.Text("stakeholders.reminder.due",
            ("mention", who is null ? words["reminder.nobody"] : SlackText.User(words, who)), ("reference", incident.Reference),
            ("severity", severity.DisplayKey), ("due", SlackText.Date(reminder.DueAt)), ("missed", words.Count("stakeholders.reminder.missed", reminder.Missed)));
        return (text, Blocks.Array([Blocks.Section($":briefcase: {text}"), Button(words, incident, reminder)]));
    }

    /// <summary>The DM to the IC, in the words of the IC who reads it.</summary>
    public static (string Text, JsonArray Blocks) DirectMessage(Words words, Incident incident, Severity severity, StakeholderReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(incident);
        var text = words.Text("stakeholders.escalation.direct", ("reference", incident.Reference), ("severity", severity.DisplayKey),
            ("missed", words.Count("stakeholders.reminder.missed", reminder.Missed)),
            ("where", incident.ChannelId is { } c ? SlackText.Channel(c) : incident.Reference));
        return (text, Blocks.Array([Blocks.Section(text), Button(words, incident, reminder)]));
    }

    /// <summary>The mention of the severity's escalation target, in the incident's channel.</summary>
    public static (string Text, JsonArray Blocks) Escalation(Words words, Incident incident, Severity severity, StakeholderReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(severity);
        var text = words.Text("stakeholders.escalation.target", ("reference", incident.Reference), ("severity", severity.DisplayKey),
            ("target", EscalationPolicy.Mention(severity.EscalationTarget ?? "")), ("missed", words.Count("stakeholders.reminder.missed", reminder.Missed)),
            ("commander", SlackText.User(words, incident.Commander)));
        return (text, Blocks.Array([Blocks.Section(text)]));
    }

    public static string ButtonValue(long incidentId, int sent) =>
        string.Create(CultureInfo.InvariantCulture, $"{incidentId}:{sent}");

    private static JsonObject Button(Words words, Incident incident, StakeholderReminder reminder) =>
        Blocks.Actions("stakeholder_reminder_actions",
            Blocks.Button(SendAction, words["stakeholders.button.send"], ButtonValue(incident.Id, reminder.Sent), "primary"));
}
