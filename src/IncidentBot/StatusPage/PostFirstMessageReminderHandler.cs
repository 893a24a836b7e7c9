using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.StatusPage;

/// <summary>
/// Sends a recorded first-external-communication reminder: mark 1 by DM to the IC and comms lead in their own words (in
/// the channel when neither is assigned); mark 2, the escalation, in the channel and the feed thread, and in the
/// escalation target's channel when the target is one. Nothing is sent once the incident is resolved.
/// </summary>
public sealed class PostFirstMessageReminderHandler(IncidentStore incidents, SeverityLadder ladder, IncidentPoster poster, Wording wording) : IWorkHandler
{
    public string Kind => StatusPageWorkKinds.PostFirstMessageReminder;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<FirstMessagePayload>(item.Payload)!;
        var incident = await incidents.GetAsync(item.IncidentId!.Value, ct) ?? throw new InvalidOperationException("incident missing");
        if (!incident.IsOpen)
        {
            return;
        }

        var severity = ladder.For(incident);
        var key = $"inc:{incident.Id}:first-message:{payload.Mark}";
        if (payload.IsEscalation)
        {
            var message = FirstMessageReminderMessage.Escalation(wording.Workspace, incident, severity, payload);
            await poster.InChannelAndFeedAsync(incident, key, FirstMessageReminderMessage.MetadataEventType, message, ct);
            if (payload.EscalationTarget is { } target && EscalationPolicy.IsChannel(target))
            {
                await poster.ToAsync(target, key + ":target", FirstMessageReminderMessage.MetadataEventType, message, ct);
            }

            return;
        }

        if (payload.Recipients.Count == 0)
        {
            await poster.InChannelAsync(incident, key, FirstMessageReminderMessage.MetadataEventType,
                FirstMessageReminderMessage.Reminder(wording.Workspace, incident, severity, payload), ct);
            return;
        }

        foreach (var recipient in payload.Recipients)
        {
            var words = await wording.ForAsync(recipient, ct);
            await poster.ToAsync(recipient, $"{key}:{recipient}", FirstMessageReminderMessage.MetadataEventType,
                FirstMessageReminderMessage.Reminder(words, incident, severity, payload), ct);
        }
    }
}
