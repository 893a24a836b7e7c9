using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>Sends the pages after the first of a <c>/incident timeline</c> answer, each once.</summary>
public sealed class TimelinePagesHandler(
    IncidentStore incidents, TimelineStore timeline, EphemeralSender sender, EffectLedger ledger) : IWorkHandler
{
    public string Kind => TimelinePagesWork.Kind;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var work = TimelinePagesWork.Parse(item.Payload);
        if (await incidents.GetAsync(item.IncidentId!.Value, ct) is not { } incident)
        {
            return;
        }

        var entries = (await timeline.ListAsync(incident.Id, ct)).Where(e => e.Id <= work.LastEntryId).ToList();
        var pages = TimelineMessage.Pages(incident, entries);
        for (var page = 1; page < pages.Count; page++)
        {
            var (text, blocks) = (pages[page].Text, pages[page].Blocks);
            await ledger.RunOnceAsync($"timeline:{item.Id}:page:{page + 1}",
                () => sender.SendAsync(work.ChannelId, work.UserId, text, blocks, ct), ct);
        }
    }
}
