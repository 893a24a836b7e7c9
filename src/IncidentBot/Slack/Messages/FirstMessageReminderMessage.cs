using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The first-external-communication reminder (to the IC and comms lead, or in the channel when neither is assigned) and
/// its escalation (in the channel, mentioning the severity's escalation target, or the IC and comms lead without one).
/// Both name the two ways to publish.
/// </summary>
public static class FirstMessageReminderMessage
{
    public const string MetadataEventType = "incident_first_message_reminder";

    public static (string Text, JsonArray Blocks) Reminder(Words words, Incident incident, Severity severity, FirstMessagePayload payload)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(payload);
        var text = words.Text("statuspage.reminder.first", ("reference", incident.Reference), ("severity", severity.DisplayKey),
            ("after", words.Duration(payload.Waited)));
        return (text, Blocks.Array([Blocks.Section(text)]));
    }

    public static (string Text, JsonArray Blocks) Escalation(Words words, Incident incident, Severity severity, FirstMessagePayload payload)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(payload);
        var target = payload.EscalationTarget is { } configured
            ? EscalationPolicy.Mention(configured)
            : string.Join(" ", payload.Recipients.Select(SlackText.User));
        var text = words.Text("statuspage.reminder.escalation", ("target", target), ("reference", incident.Reference),
            ("severity", severity.DisplayKey), ("after", words.Duration(payload.Waited))).Replace("  ", " ", StringComparison.Ordinal);
        return (text, Blocks.Array([Blocks.Section(text)]));
    }
}
