using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Stakeholders;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Stakeholders;

/// <summary>
/// Posts a recorded stakeholder reminder in the incident's channel and carries out its escalation, as missed channel
/// updates are escalated: a DM to the IC (in the IC's own words), or a mention of the severity's target in the channel
/// (and in the target channel, when the target is one).
/// </summary>
public sealed class PostStakeholderReminderHandler(IncidentStore incidents, SeverityLadder ladder, IncidentPoster poster, Wording wording) : IWorkHandler
{
    public string Kind => StakeholderWorkKinds.PostStakeholderReminder;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var reminder = JsonSerializer.Deserialize<StakeholderReminder>(item.Payload)!;
        var incident = await incidents.GetAsync(item.IncidentId!.Value, ct) ?? throw new InvalidOperationException("incident missing");
        if (!incident.IsOpen)
        {
            return;
        }

        var severity = ladder.For(incident);
        var key = $"inc:{incident.Id}:stakeholder-reminder:{reminder.Key}";
        await poster.InChannelAsync(incident, key, StakeholderReminderMessage.MetadataEventType,
            StakeholderReminderMessage.Build(wording.Workspace, incident, severity, reminder), ct);
        switch (reminder.Escalation)
        {
            case EscalationStep.DirectMessageCommander when incident.Commander is { } commander:
                var theirs = await wording.ForAsync(commander, ct);
                await poster.ToAsync(commander, key + ":dm", StakeholderReminderMessage.MetadataEventType,
                    StakeholderReminderMessage.DirectMessage(theirs, incident, severity, reminder), ct);
                break;
            case EscalationStep.MentionTarget when severity.EscalationTarget is { } target:
                var escalation = StakeholderReminderMessage.Escalation(wording.Workspace, incident, severity, reminder);
                await poster.InChannelAsync(incident, key + ":escalate", StakeholderReminderMessage.MetadataEventType, escalation, ct);
                // A target channel hears it too; the escalation names neither the title nor the channel, so a private incident's may go.
                if (EscalationPolicy.IsChannel(target) && !SecurityIncidents.Is(incident))
                {
                    await poster.ToAsync(target, key + ":escalate-target", StakeholderReminderMessage.MetadataEventType, escalation, ct);
                }

                break;
        }
    }
}
