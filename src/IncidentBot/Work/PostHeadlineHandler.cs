using System.Text.Json;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Posts a public incident's headline in the feed channel once, first in the incident's feed line
/// (<see cref="WorkKinds.FeedLine"/>), from the incident's state when its turn in the channel comes. A change made while
/// it was being posted found no headline to rewrite, so it is caught here: when the incident no longer reads as posted,
/// the headline is rewritten as after any change.
/// </summary>
public sealed class PostHeadlineHandler(
    IncidentStore incidents,
    StandaloneWork work,
    OncePoster poster,
    SeverityLadder ladder,
    Wording wording,
    IncidentBotOptions options) : IWorkHandler
{
    public string Kind => WorkKinds.PostHeadline;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var id = JsonSerializer.Deserialize<Payload>(item.Payload)!.IncidentId;
        if (options.FeedChannel is not { Length: > 0 } feed || await incidents.GetAsync(id, ct) is not { IsPrivate: false } incident)
        {
            return;
        }

        var (text, blocks) = Build(incident);
        var postedAs = blocks.ToJsonString();
        var ts = await poster.PostAsync($"inc:{id}:feed", FeedHeadline.MetadataEventType, new ChatMessage(feed, text, blocks), ct);
        await incidents.SetSlackRefsAsync(id, new SlackRefs(FeedTs: ts), ct);
        if (await incidents.GetAsync(id, ct) is { } current && Build(current) is var latest
            && (latest.Text != text || latest.Blocks.ToJsonString() != postedAs))
        {
            await work.QueueCoalescedAsync(WorkKinds.RefreshMessages, id, ct);
        }
    }

    private (string Text, System.Text.Json.Nodes.JsonArray Blocks) Build(Incident incident) =>
        FeedHeadline.Build(wording.Workspace, incident, ladder.For(incident));

    /// <summary>What the queued headline carries (<see cref="FeedLineWork.HeadlineAsync"/>).</summary>
    internal sealed record Payload(long IncidentId);
}
