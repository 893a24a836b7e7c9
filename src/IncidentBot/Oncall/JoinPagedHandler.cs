using IncidentBot.Core.Incidents;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Work;

namespace IncidentBot.Oncall;

/// <summary>Invites someone who acknowledged a page, and did not become IC by it, to the incident channel.</summary>
public sealed class JoinPagedHandler(PageStore pages, IncidentStore incidents, ISlackApi slack) : IWorkHandler
{
    public string Kind => OncallWorkKinds.JoinPaged;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var pageId = OncallWorkKinds.Parse<PagePayload>(item.Payload).PageId;
        if (await pages.GetAsync(pageId, ct) is { } page && await incidents.GetAsync(page.IncidentId, ct) is { ChannelId: { } channel })
        {
            await slack.InviteAsync(channel, [page.UserId], ct);
        }
    }
}
