using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The update reminder in the channel, mentioning the comms lead (or the IC), with Post update and Snooze; the DM to
/// the IC; and the escalation to the severity's target.
/// </summary>
public static class ReminderMessage
{
    public const string MetadataEventType = "incident_reminder";
    public const string CommsRole = "comms";

    public static (string Text, JsonArray Blocks) Build(Words words, Incident incident, Severity severity, ReminderPayload reminder)
    {
        var who = incident.RoleHolder(CommsRole) ?? incident.Commander;
        var mention = who is null ? words["reminder.nobody"] : SlackText.User(words, who);
        var text = words.Text("reminder.due",
            ("mention", mention), ("reference", incident.Reference), ("cadence", Cadence(words, severity)), ("last_update", LastUpdate(words, incident, reminder)));
        return (text, Blocks.Array([Blocks.Section($":alarm_clock: {text}"), Buttons(words, incident, severity)]));
    }

    /// <summary>The DM to the IC, in the words of the IC who reads it.</summary>
    public static (string Text, JsonArray Blocks) DirectMessage(Words words, Incident incident, Severity severity, ReminderPayload reminder)
    {
        var where = incident.ChannelId is { } c ? SlackText.Channel(c) : incident.Reference;
        var text = words.Text("escalation.direct",
            ("reference", incident.Reference), ("severity", severity.DisplayKey), ("missed", Missed(words, reminder.Missed)), ("where", where));
        return (text, Blocks.Array([Blocks.Section(text), Buttons(words, incident, severity)]));
    }

    public static (string Text, JsonArray Blocks) Escalation(Words words, Incident incident, Severity severity, ReminderPayload reminder)
    {
        var text = words.Text(incident.ChannelId is null ? "escalation.text_no_channel" : "escalation.text",
            ("reference", incident.Reference), ("severity", severity.DisplayKey), ("target", EscalationPolicy.Mention(severity.EscalationTarget ?? "")),
            ("missed", Missed(words, reminder.Missed)), ("channel", incident.ChannelId is { } c ? SlackText.Channel(c) : ""),
            ("commander", SlackText.User(words, incident.Commander)), ("title", PersonText.Mrkdwn(incident.Title)));
        return (text, Blocks.Array([Blocks.Section(text)]));
    }

    /// <summary>
    /// The escalation as posted in the target channel, outside the incident: a private incident's carries its number,
    /// severity, missed count and IC only, never its title or channel.
    /// </summary>
    public static (string Text, JsonArray Blocks) EscalationElsewhere(Words words, Incident incident, Severity severity, ReminderPayload reminder)
    {
        if (!incident.IsPrivate)
        {
            return Escalation(words, incident, severity, reminder);
        }

        var text = words.Text("escalation.private",
            ("reference", incident.Reference), ("severity", severity.DisplayKey), ("target", EscalationPolicy.Mention(severity.EscalationTarget ?? "")),
            ("missed", Missed(words, reminder.Missed)), ("commander", SlackText.User(words, incident.Commander)));
        return (text, Blocks.Array([Blocks.Section(text)]));
    }

    public static string Cadence(Words words, Severity severity) => severity.UpdateCadence is { } c
        ? words.Text("reminder.cadence", ("severity", severity.DisplayKey), ("duration", words.Duration(c)))
        : severity.DisplayKey;

    /// <summary>
    /// "last update 31 min ago"; after a reopening, also when it was reopened. The reminder's own time is the anchor it
    /// counts from (the last update, the declaration, or a later reopening); an update posted since it fired is not its.
    /// </summary>
    public static string LastUpdate(Words words, Incident incident, ReminderPayload reminder)
    {
        var anchor = reminder.LastUpdateAt;
        var lastUpdate = incident.LastUpdateAt is { } at && at <= anchor ? at : incident.UpdateCount > 0 ? anchor : (DateTimeOffset?)null;
        var said = lastUpdate is { } last
            ? words.Text("reminder.last_update", ("ago", Ago(words, reminder, last)))
            : words.Text("reminder.no_update", ("ago", Ago(words, reminder, incident.DeclaredAt)));
        return anchor > (lastUpdate ?? incident.DeclaredAt) ? words.Text("reminder.reopened", ("said", said), ("ago", Ago(words, reminder, anchor))) : said;
    }

    private static string Ago(Words words, ReminderPayload reminder, DateTimeOffset since) => words.Duration(reminder.FiredAt - since);

    private static string Missed(Words words, int count) => words.Count("reminder.missed", count);

    private static JsonObject Buttons(Words words, Incident incident, Severity severity)
    {
        var id = incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var buttons = new List<JsonObject> { Blocks.Button(CadenceActions.PostUpdate, words["update.button.post"], id, "primary") };
        if (severity.UpdateCadence is { } cadence)
        {
            buttons.Add(Blocks.Button(CadenceActions.Snooze, words.Text("reminder.button.snooze", ("duration", words.Duration(SnoozePolicy.ButtonDelay(cadence)))), id));
        }

        return Blocks.Actions("reminder_actions", [.. buttons]);
    }
}
