using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Posts a recorded reminder in the channel and carries out its escalation: a DM to the IC (in the IC's own words), or a
/// mention of the severity's target in the channel and the feed thread (and in the target channel, when the target is
/// one: by number only for a private incident, never for a security incident). What the channels read is in the workspace's words.
/// </summary>
public sealed class PostReminderHandler(IncidentStore incidents, SeverityLadder ladder, IncidentPoster poster, Wording wording) : IWorkHandler
{
    public string Kind => CadenceWorkKinds.PostReminder;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var reminder = JsonSerializer.Deserialize<ReminderPayload>(item.Payload)!;
        var incident = await incidents.GetAsync(item.IncidentId!.Value, ct) ?? throw new InvalidOperationException("incident missing");
        if (!incident.IsOpen)
        {
            return;
        }

        var severity = ladder.For(incident);
        var key = $"inc:{incident.Id}:reminder:{reminder.AnchorMs}:{reminder.Missed}";
        await poster.InChannelAsync(incident, key, ReminderMessage.MetadataEventType, ReminderMessage.Build(wording.Workspace, incident, severity, reminder), ct);
        switch (reminder.Escalation)
        {
            case EscalationStep.DirectMessageCommander when incident.Commander is { } commander:
                var theirs = await wording.ForAsync(commander, ct);
                await poster.ToAsync(commander, key + ":dm", ReminderMessage.MetadataEventType, ReminderMessage.DirectMessage(theirs, incident, severity, reminder), ct);
                break;
            case EscalationStep.MentionTarget when severity.EscalationTarget is { } target:
                var message = ReminderMessage.Escalation(wording.Workspace, incident, severity, reminder);
                await poster.InChannelAndFeedAsync(incident, key + ":escalate", ReminderMessage.MetadataEventType, message, ct);
                // A security incident is never named outside its channel: its escalation stays in it.
                if (EscalationPolicy.IsChannel(target) && !SecurityIncidents.Is(incident))
                {
                    await poster.ToAsync(target, key + ":escalate-target", ReminderMessage.MetadataEventType,
                        ReminderMessage.EscalationElsewhere(wording.Workspace, incident, severity, reminder), ct);
                }

                break;
        }
    }
}
