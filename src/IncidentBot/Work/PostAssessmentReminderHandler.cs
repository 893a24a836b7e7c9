using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>Posts the initial-assessment reminder in the incident channel, once, in the workspace's words.</summary>
public sealed class PostAssessmentReminderHandler(IncidentStore incidents, SeverityLadder ladder, IncidentPoster poster, Wording wording) : IWorkHandler
{
    public string Kind => CadenceWorkKinds.PostAssessmentReminder;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var reminder = JsonSerializer.Deserialize<AssessmentReminderPayload>(item.Payload)!;
        var incident = await incidents.GetAsync(item.IncidentId!.Value, ct) ?? throw new InvalidOperationException("incident missing");
        if (!incident.IsOpen)
        {
            return;
        }

        var message = AssessmentReminderMessage.Build(wording.Workspace, incident, ladder.For(incident), reminder);
        await poster.InChannelAsync(incident, $"inc:{incident.Id}:assessment-reminder", AssessmentReminderMessage.MetadataEventType, message, ct);
    }
}
