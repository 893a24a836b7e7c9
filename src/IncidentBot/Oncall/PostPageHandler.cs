using IncidentBot.Core.Incidents;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Oncall;

/// <summary>Sends a page: the DM with its buttons in the paged person's words, and the mention in the incident channel in the workspace's.</summary>
public sealed class PostPageHandler(PageStore pages, IncidentStore incidents, SeverityLadder ladder, IncidentPoster poster, Wording wording) : IWorkHandler
{
    public string Kind => OncallWorkKinds.PostPage;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var pageId = OncallWorkKinds.Parse<PagePayload>(item.Payload).PageId;
        if (await pages.GetAsync(pageId, ct) is not { } page || await incidents.GetAsync(page.IncidentId, ct) is not { } incident)
        {
            return;
        }

        var key = OncallWorkKinds.PageKey(pageId);
        var words = await wording.ForAsync(page.UserId, ct);
        await poster.ToAsync(page.UserId, $"{key}:dm", PageMessage.MetadataEventType, PageMessage.Direct(words, incident, ladder.Get(incident.SeverityKey), page), ct);
        if (incident.ChannelId is not null)
        {
            await poster.InChannelAsync(incident, $"{key}:channel", PageMessage.ChannelEventType, PageMessage.InChannel(wording.Workspace, page), ct);
        }
    }
}
