using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Integrations;

/// <summary>
/// Publishes the incident's latest post-mortem version as its Confluence page, then posts the page's link in the
/// incident's channel (once per version, by key). The first time, a page of the same title already in the space (made
/// by an earlier attempt whose answer was lost) is taken over instead of creating a second; after that the stored page
/// id is updated as its next version. Several versions queued close together are folded into the latest. Never a
/// private incident's post-mortem.
/// </summary>
public sealed partial class ConfluencePublishHandler(
    IncidentStore incidents, PostmortemStore postmortems, PostmortemPageStore pages, ConfluenceClient client, OncePoster poster,
    Wording wording, ILogger<ConfluencePublishHandler> logger) : IWorkHandler
{
    public string Kind => TicketWorkKinds.PublishConfluencePage;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        var incidentId = TicketWorkKinds.ParseId(item.Payload);
        if (await incidents.GetAsync(incidentId, ct) is not { IsPrivate: false } incident
            || await postmortems.LatestAsync(incidentId, ct) is not { } latest)
        {
            return;
        }

        var words = wording.Workspace;
        var title = SlackText.Truncate(words.Text("tickets.confluence.title", ("reference", incident.Reference),
            ("title", incident.Title.ReplaceLineEndings(" "))), 255);
        var storage = ConfluenceStorage.FromMarkdown(latest.Markdown);
        var page = await pages.GetAsync(incidentId, ct);
        try
        {
            if (page is null)
            {
                var (id, version) = await client.FindAsync(title, ct) is { } found
                    ? await client.UpdateAsync(found.Id, title, storage, found.Version + 1, ct)
                    : await client.CreateAsync(title, storage, ct);
                page = new PostmortemPage(incidentId, id, client.PageUrl(id), version, latest.Version);
                await pages.SaveAsync(page, CancellationToken.None);
                LogCreated(incident.Number, latest.Version);
            }
            else if (page.PostmortemVersion < latest.Version)
            {
                var current = await client.VersionAsync(page.PageId, ct);
                var (_, version) = await client.UpdateAsync(page.PageId, title, storage, current + 1, ct);
                page = page with { PageVersion = version, PostmortemVersion = latest.Version };
                await pages.SaveAsync(page, CancellationToken.None);
                LogUpdated(incident.Number, latest.Version);
            }
        }
        catch (VendorRefusedException refused)
        {
            LogRefused(incident.Number, refused.Status);
            throw;
        }

        if (incident.ChannelId is { } channel)
        {
            var (text, blocks) = TicketMessages.PagePublished(words, incident, title, page.Url, page.PostmortemVersion, page.PageVersion == 1);
            await poster.PostAsync($"confluence:notice:{incidentId}:v{page.PostmortemVersion}", TicketMessages.PageEventType,
                new ChatMessage(channel, text, blocks), ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Post-mortem v{Version} of incident {IncidentNumber} published as a Confluence page")]
    private partial void LogCreated(int incidentNumber, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Confluence page of incident {IncidentNumber} updated to post-mortem v{Version}")]
    private partial void LogUpdated(int incidentNumber, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {IncidentNumber}: Confluence refused the page ({Status}); check the space key and the account's permissions")]
    private partial void LogRefused(int incidentNumber, int status);
}
