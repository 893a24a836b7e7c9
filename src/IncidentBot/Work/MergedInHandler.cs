using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Tells the surviving incident's channel, once, that a duplicate was merged into it (queued only where the duplicate
/// may be shown). Nothing is posted in a channel the bot archived.
/// </summary>
public sealed class MergedInHandler(IncidentStore incidents, IncidentPoster poster, Wording wording) : IWorkHandler
{
    public string Kind => OutcomeWorkKinds.MergedIn;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var duplicateId = long.Parse(item.Payload, CultureInfo.InvariantCulture);
        if (await incidents.GetAsync(item.IncidentId!.Value, ct) is not { ChannelId: not null, ArchivedAt: null } survivor
            || await incidents.GetAsync(duplicateId, ct) is not { } duplicate)
        {
            return;
        }

        await poster.InChannelAsync(survivor, $"inc:{survivor.Id}:merged-in:{duplicate.Id}:{duplicate.ResolvedAt?.ToUnixTimeMilliseconds()}",
            OutcomeMessages.MergedInEventType, OutcomeMessages.MergedIn(wording.Workspace, survivor, duplicate), ct);
    }
}
