using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The update reminder in the channel, mentioning the comms lead (or the IC), with Post update and Snooze; the DM to
/// the IC; and the escalation to the severity's target.
/// </summary>
public static class ReminderMessage
{
    public const string MetadataEventType = "incident_reminder";
    public const string CommsRole = "comms";

    public static (string Text, JsonArray Blocks) Build(Incident incident, Severity severity, ReminderPayload reminder)
    {
        var who = incident.RoleHolder(CommsRole) ?? incident.Commander;
        var mention = who is null ? "Nobody holds Comms or IC; anyone may post it." : SlackText.User(who);
        var text = $"{mention} Update due for {incident.Reference} ({Cadence(severity)}); {LastUpdate(incident, reminder)}.";
        return (text, Blocks.Array([Blocks.Section($":alarm_clock: {text}"), Buttons(incident, severity)]));
    }

    public static (string Text, JsonArray Blocks) DirectMessage(Incident incident, Severity severity, ReminderPayload reminder)
    {
        var where = incident.ChannelId is { } c ? SlackText.Channel(c) : incident.Reference;
        var text = $":rotating_light: {incident.Reference} ({severity.DisplayKey}) has missed {Missed(reminder.Missed)}. " +
            $"You are its Incident Commander: please post an update in {where}.";
        return (text, Blocks.Array([Blocks.Section(text), Buttons(incident, severity)]));
    }

    public static (string Text, JsonArray Blocks) Escalation(Incident incident, Severity severity, ReminderPayload reminder)
    {
        var target = EscalationPolicy.Mention(severity.EscalationTarget ?? "");
        var where = incident.ChannelId is { } c ? $" in {SlackText.Channel(c)}" : "";
        var text = $":rotating_light: Escalating {incident.Reference} ({severity.DisplayKey}) to {target}: {Missed(reminder.Missed)} " +
            $"missed{where}; IC is {SlackText.User(incident.Commander)}. {PersonText.Mrkdwn(incident.Title)}";
        return (text, Blocks.Array([Blocks.Section(text)]));
    }

    /// <summary>
    /// The escalation as posted in the target channel, outside the incident: a private incident's carries its number,
    /// severity, missed count and IC only, never its title or channel.
    /// </summary>
    public static (string Text, JsonArray Blocks) EscalationElsewhere(Incident incident, Severity severity, ReminderPayload reminder)
    {
        if (!incident.IsPrivate)
        {
            return Escalation(incident, severity, reminder);
        }

        var target = EscalationPolicy.Mention(severity.EscalationTarget ?? "");
        var text = $":rotating_light: Escalating {incident.Reference} ({severity.DisplayKey}, private) to {target}: {Missed(reminder.Missed)} " +
            $"missed; IC is {SlackText.User(incident.Commander)}. Its details are for its members only.";
        return (text, Blocks.Array([Blocks.Section(text)]));
    }

    public static string Cadence(Severity severity) =>
        severity.UpdateCadence is { } c ? $"{severity.DisplayKey}, every {SlackText.Duration(c)}" : severity.DisplayKey;

    /// <summary>
    /// "last update 31 min ago"; after a reopening, also when it was reopened. The reminder's own time is the anchor it
    /// counts from (the last update, the declaration, or a later reopening); an update posted since it fired is not its.
    /// </summary>
    public static string LastUpdate(Incident incident, ReminderPayload reminder)
    {
        var anchor = reminder.LastUpdateAt;
        var lastUpdate = incident.LastUpdateAt is { } at && at <= anchor ? at : incident.UpdateCount > 0 ? anchor : (DateTimeOffset?)null;
        var said = lastUpdate is { } last
            ? $"last update {Ago(reminder, last)} ago"
            : $"no update since it was declared {Ago(reminder, incident.DeclaredAt)} ago";
        return anchor > (lastUpdate ?? incident.DeclaredAt) ? $"{said}, reopened {Ago(reminder, anchor)} ago" : said;
    }

    private static string Ago(ReminderPayload reminder, DateTimeOffset since) => SlackText.Duration(reminder.FiredAt - since);

    private static string Missed(int count) => count == 1 ? "1 update" : $"{count} updates";

    private static JsonObject Buttons(Incident incident, Severity severity)
    {
        var id = incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var buttons = new List<JsonObject> { Blocks.Button(CadenceActions.PostUpdate, "Post update", id, "primary") };
        if (severity.UpdateCadence is { } cadence)
        {
            buttons.Add(Blocks.Button(CadenceActions.Snooze, $"Snooze {SlackText.Duration(SnoozePolicy.ButtonDelay(cadence))}", id));
        }

        return Blocks.Actions("reminder_actions", [.. buttons]);
    }
}
