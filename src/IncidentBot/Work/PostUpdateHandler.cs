using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>Posts a recorded status update in the channel and in the feed headline's thread.</summary>
public sealed class PostUpdateHandler(IncidentStore incidents, UpdateStore updates, IncidentPoster poster, Wording wording) : IWorkHandler
{
    public string Kind => CadenceWorkKinds.PostUpdate;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var number = JsonSerializer.Deserialize<UpdatePayload>(item.Payload)!.Number;
        var incident = await incidents.GetAsync(item.IncidentId!.Value, ct) ?? throw new InvalidOperationException("incident missing");
        var update = await updates.GetAsync(incident.Id, number, ct) ?? throw new InvalidOperationException($"update #{number} missing");
        var message = UpdateMessage.Build(wording.Workspace, incident, update);
        await poster.InChannelAndFeedAsync(incident, $"inc:{incident.Id}:update:{number}", UpdateMessage.MetadataEventType, message, ct);
    }
}
