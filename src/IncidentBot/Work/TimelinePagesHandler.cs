using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Sends the pages after the first of a <c>/incident timeline</c> answer, each once, in the words the first page was in
/// (work queued before the language was recorded: the asker's words now).
/// </summary>
public sealed class TimelinePagesHandler(
    IncidentStore incidents, TimelineStore timeline, EphemeralSender sender, EffectLedger ledger, Wording wording) : IWorkHandler
{
    public string Kind => TimelinePagesWork.Kind;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var work = TimelinePagesWork.Parse(item.Payload);
        if (await incidents.GetAsync(item.IncidentId!.Value, ct) is not { } incident)
        {
            return;
        }

        var words = Language.TryParse(work.Language, out var language) ? wording.In(language) : await wording.ForAsync(work.UserId, ct);
        var entries = (await timeline.ListAsync(incident.Id, ct)).Where(e => e.Id <= work.LastEntryId).ToList();
        var pages = TimelineMessage.Pages(words, incident, entries);
        for (var page = 1; page < pages.Count; page++)
        {
            var (text, blocks) = (pages[page].Text, pages[page].Blocks);
            await ledger.RunOnceAsync($"timeline:{item.Id}:page:{page + 1}",
                () => sender.SendAsync(work.ChannelId, work.UserId, text, blocks, ct), ct);
        }
    }
}
