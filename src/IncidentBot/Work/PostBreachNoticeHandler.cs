using System.Text.Json;
using IncidentBot.Core.Breaches;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Sends a recorded breach reminder or deadline notice: a DM to each recipient (the IC, the contact) in their own words,
/// or, when there is neither, a message in the incident's channel in the workspace's words. The clock keeps running after
/// the incident is resolved, so a resolved incident's notices are sent too.
/// </summary>
public sealed class PostBreachNoticeHandler(IncidentStore incidents, SeverityLadder ladder, IncidentPoster poster, Wording wording) : IWorkHandler
{
    public string Kind => BreachWorkKinds.PostBreachNotice;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var notice = JsonSerializer.Deserialize<BreachPayload>(item.Payload)!;
        var incident = await incidents.GetAsync(item.IncidentId!.Value, ct) ?? throw new InvalidOperationException("incident missing");
        var severity = ladder.Get(incident.SeverityKey);
        var key = $"inc:{incident.Id}:breach:{notice.Key}";
        if (notice.Recipients.Count == 0)
        {
            await poster.InChannelAsync(incident, key, BreachNoticeMessage.MetadataEventType,
                BreachNoticeMessage.Build(wording.Workspace, incident, severity, notice), ct);
            return;
        }

        foreach (var recipient in notice.Recipients)
        {
            var words = await wording.ForAsync(recipient, ct);
            await poster.ToAsync(recipient, $"{key}:{recipient}", BreachNoticeMessage.MetadataEventType,
                BreachNoticeMessage.Build(words, incident, severity, notice), ct);
        }
    }
}
