using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>Posts "stable in monitoring — resolve?" with a Resolve button.</summary>
public sealed class PostSoakPromptHandler(IncidentStore incidents, IncidentPoster poster, Wording wording) : IWorkHandler
{
    public string Kind => CadenceWorkKinds.PostSoakPrompt;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var soak = JsonSerializer.Deserialize<SoakPayload>(item.Payload)!;
        var incident = await incidents.GetAsync(item.IncidentId!.Value, ct) ?? throw new InvalidOperationException("incident missing");
        if (!incident.IsOpen)
        {
            return;
        }

        var key = $"inc:{incident.Id}:soak:{UnixTime.ToUnixMs(soak.MonitoringSince)}";
        await poster.InChannelAsync(incident, key, SoakMessage.MetadataEventType, SoakMessage.Build(wording.Workspace, incident, soak), ct);
    }
}
