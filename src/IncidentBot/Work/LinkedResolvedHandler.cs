using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Tells an open incident, once, in its channel, that an incident linked with it was resolved (the cascade of
/// <c>/incident link</c>). Nothing is posted when the incident was resolved itself in the meantime.
/// </summary>
public sealed class LinkedResolvedHandler(IncidentStore incidents, ResolutionStore resolutions, OncePoster poster, Wording wording) : IWorkHandler
{
    public string Kind => ResolutionWorkKinds.LinkedResolved;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<LinkedResolution>(item.Payload)!;
        if (await incidents.GetAsync(item.IncidentId!.Value, ct) is not { IsOpen: true, ChannelId: { } channel } incident
            || await incidents.GetAsync(payload.ResolvedId, ct) is not { } resolved)
        {
            return;
        }

        var resolution = await resolutions.GetAsync(resolved.Id, payload.Sequence, ct);
        var (text, blocks) = ResolutionMessages.LinkedResolved(wording.Workspace, incident, resolved, resolution);
        await poster.PostAsync($"inc:{incident.Id}:linked-resolved:{resolved.Id}:{payload.Sequence}", ResolutionMessages.LinkedEventType,
            new ChatMessage(channel, text, blocks), ct);
    }
}
