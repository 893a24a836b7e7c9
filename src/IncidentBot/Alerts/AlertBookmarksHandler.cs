using System.Security.Cryptography;
using System.Text;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Alerts;

/// <summary>
/// Bookmarks the links of the alerts tied to an incident in its channel, each address once (the ledger's key is the
/// address, so an alert tied later with the same dashboard adds nothing, and a retry bookmarks nothing twice). An address
/// the channel was already bookmarked with for the incident's type is left alone. A link Slack refuses is logged and
/// skipped, as the war room's own are.
/// </summary>
public sealed class AlertBookmarksHandler(
    IncidentStore incidents,
    IncidentAlertLinks alertLinks,
    WarRoomLinks warRoom,
    EffectLedger ledger,
    ISlackApi slack,
    Wording wording,
    ILogger<AlertBookmarksHandler> logger) : IWorkHandler
{
    public string Kind => AlertWorkKinds.Bookmarks;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var incident = await incidents.GetAsync(item.IncidentId!.Value, ct) ?? throw new InvalidOperationException("incident missing");
        if (incident is not { ChannelId: { } channel, ArchivedAt: null })
        {
            logger.LogWarning("Incident {IncidentNumber} has no open channel; its alerts' links are not bookmarked", incident.Number);
            return;
        }

        var words = wording.Workspace;
        var typed = warRoom.For(words, incident).Select(l => l.Url.AbsoluteUri).ToHashSet(StringComparer.Ordinal);
        foreach (var link in await alertLinks.ForAsync(words, incident.Id, ct))
        {
            if (!typed.Contains(link.Url.AbsoluteUri))
            {
                await ledger.RunOnceAsync($"inc:{incident.Id}:alert-bookmark:{Key(link.Url)}", () => BookmarkAsync(channel, link, ct), ct);
            }
        }
    }

    private static string Key(Uri url) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)))[..32];

    private async Task BookmarkAsync(string channel, RunbookLink link, CancellationToken ct)
    {
        try
        {
            await slack.AddBookmarkAsync(channel, link.Title, link.Url, ct);
        }
        catch (SlackApiException ex) when (!TransientFailure.Is(ex))
        {
            logger.LogWarning("Could not bookmark an alert's link in {ChannelId}: Slack said {SlackError}; continuing", channel, ex.Error);
        }
    }
}
