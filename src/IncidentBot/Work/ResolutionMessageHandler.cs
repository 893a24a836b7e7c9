using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>Posts "resolved" / "reopened" once per resolution in the channel, and in the feed thread for public incidents.</summary>
public sealed class ResolutionMessageHandler(
    IncidentStore incidents, ResolutionStore resolutions, IncidentPoster poster, Wording wording) : IWorkHandler
{
    public string Kind => ResolutionWorkKinds.ResolutionMessage;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var notice = JsonSerializer.Deserialize<ResolutionNotice>(item.Payload)!;
        if (await incidents.GetAsync(item.IncidentId!.Value, ct) is not { ChannelId: not null } incident)
        {
            return;
        }

        (string Text, System.Text.Json.Nodes.JsonArray Blocks) message;
        if (notice.Event == ResolutionNotice.Resolved)
        {
            if (await resolutions.GetAsync(incident.Id, notice.Sequence, ct) is not { } resolution)
            {
                return;
            }

            message = ResolutionMessages.Resolved(wording.Workspace, incident, resolution);
        }
        else
        {
            message = ResolutionMessages.Reopened(wording.Workspace, incident);
        }

        await poster.InChannelAndFeedAsync(incident, $"inc:{incident.Id}:{notice.Event}:{notice.Sequence}", ResolutionMessages.EventType, message, ct);
    }
}
