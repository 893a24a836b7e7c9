using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident timeline</c>: the timeline, just for the caller. The first page is the answer; a long timeline's other
/// pages follow as ephemeral messages from the work queue. The frame is in the caller's words; entries read as stored.
/// </summary>
public sealed class TimelineCommand(
    TimelineStore timeline, StandaloneWork work) : IIncidentCommand
{
    public string Name => "timeline";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var words = await context.WordsAsync(ct);
        var incident = context.RequiredIncident;
        var entries = await timeline.ListAsync(incident.Id, ct);
        var pages = TimelineMessage.Pages(words, incident, entries);
        if (pages.Count > 1)
        {
            var pagesWork = new TimelinePagesWork(context.Command.ChannelId, context.Command.UserId, entries.Max(e => e.Id), words.Language.Code);
            await work.QueueAsync(TimelinePagesWork.Kind, incident.Id, pagesWork.Serialize(), null, ct);
        }

        return CommandReply.Ephemeral(pages[0].Text, pages[0].Blocks);
    }
}
