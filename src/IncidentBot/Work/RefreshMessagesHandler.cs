using IncidentBot.Core.Alerts;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>Rewrites the pinned brief, the feed headline and the channel topic in place from the current state.</summary>
public sealed class RefreshMessagesHandler(
    IncidentStore incidents,
    CadenceStore cadence,
    ISlackApi slack,
    SeverityLadder ladder,
    RoleCatalog roles,
    WarRoomLinks warRoom,
    IncidentAlertLinks alertLinks,
    IntegrationLinks integrationLinks,
    Wording wording,
    IncidentBotOptions options,
    TimeProvider time) : IWorkHandler
{
    public string Kind => WorkKinds.RefreshMessages;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        // An archived channel takes no edits; its feed headline said its last when the incident closed.
        if (await incidents.GetAsync(item.IncidentId!.Value, ct) is not { ChannelId: { } channel, ArchivedAt: null } incident)
        {
            return;
        }

        var severity = ladder.For(incident);
        if (incident.BriefTs is { } briefTs)
        {
            var state = await cadence.GetAsync(incident.Id, ct);
            var (text, blocks) = BriefMessage.Build(wording.Workspace, incident, severity, state, roles, time.GetUtcNow(),
                await WarRoomLine.OfAsync(warRoom, alertLinks, wording.Workspace, incident, ct, integrationLinks));
            await slack.UpdateMessageAsync(channel, briefTs, text, blocks, ct);
        }

        if (incident.FeedTs is { } feedTs && options.FeedChannel is { Length: > 0 } feed)
        {
            var (text, blocks) = FeedHeadline.Build(wording.Workspace, incident, severity);
            await slack.UpdateMessageAsync(feed, feedTs, text, blocks, ct);
        }

        await slack.SetTopicAsync(channel, ChannelTexts.Topic(wording.Workspace, incident, severity), ct);
    }
}
