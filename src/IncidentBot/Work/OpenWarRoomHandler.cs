using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Once the channel is set up (this work follows provisioning in the incident's line): bookmarks the type's runbooks and
/// dashboards and the video bridge, then posts the "how this channel works" message and the checklists, each once.
/// A link Slack refuses is logged and skipped: a war room without one bookmark beats none.
/// </summary>
public sealed class OpenWarRoomHandler(
    IncidentStore incidents,
    ChecklistService checklists,
    WarRoomLinks links,
    RoleCatalog roles,
    OncePoster poster,
    EffectLedger ledger,
    ISlackApi slack,
    Wording wording,
    IncidentBotOptions options,
    ILogger<OpenWarRoomHandler> logger) : IWorkHandler
{
    public string Kind => TypeWorkKinds.OpenWarRoom;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var incident = await incidents.GetAsync(item.IncidentId!.Value, ct) ?? throw new InvalidOperationException("incident missing");
        if (incident.ChannelId is not { } channel)
        {
            // Provisioning stopped for good before the channel existed: there is no war room to open.
            logger.LogWarning("Incident {IncidentNumber} has no channel; its bookmarks, guide and checklists are not posted", incident.Number);
            return;
        }

        var words = wording.Workspace;
        var all = links.For(words, incident);
        for (var n = 0; n < all.Count; n++)
        {
            var link = all[n];
            await ledger.RunOnceAsync($"inc:{incident.Id}:bookmark:{n}", () => BookmarkAsync(channel, link, ct), ct);
        }

        var (guideText, guideBlocks) = ChannelGuideMessage.Build(words, roles, options.TimelineReaction);
        await poster.PostAsync($"inc:{incident.Id}:guide", ChannelGuideMessage.MetadataEventType, new ChatMessage(channel, guideText, guideBlocks), ct);
        var items = await checklists.ListAsync(incident.Id, ct);
        if (items.Count > 0)
        {
            var (text, blocks) = ChecklistMessage.Build(words, incident, items);
            await poster.PostAsync($"inc:{incident.Id}:checklist", ChecklistMessage.MetadataEventType, new ChatMessage(channel, text, blocks), ct);
        }
    }

    private async Task BookmarkAsync(string channel, RunbookLink link, CancellationToken ct)
    {
        try
        {
            await slack.AddBookmarkAsync(channel, link.Title, link.Url, ct);
        }
        catch (SlackApiException ex) when (!TransientFailure.Is(ex))
        {
            logger.LogWarning("Could not bookmark a link in {ChannelId}: Slack said {SlackError}; continuing", channel, ex.Error);
        }
    }
}
