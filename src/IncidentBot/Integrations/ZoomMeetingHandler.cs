using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Integrations;

/// <summary>
/// Creates a newly declared incident's Zoom meeting once its channel exists, bookmarks it there and has the brief show
/// it. The meeting is kept once created, so a rerun creates no second one; the effect ledger records the bookmark, so a
/// rerun bookmarks nothing twice. The topic names the incident by reference only (never its title). A meeting Zoom
/// refuses is logged and the incident goes on without one.
/// </summary>
public sealed partial class ZoomMeetingHandler(
    IncidentStore incidents, ZoomMeetingStore meetings, EffectLedger ledger, ZoomClient client, ISlackApi slack, Wording wording,
    StandaloneWork work, TimeProvider time, ILogger<ZoomMeetingHandler> logger) : IWorkHandler
{
    /// <summary>How long the meeting waits for the incident's channel before looking again.</summary>
    public static readonly TimeSpan WaitForChannel = TimeSpan.FromSeconds(1);

    public string Kind => ZoomWorkKinds.CreateMeeting;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        var incidentId = long.Parse(item.Payload, CultureInfo.InvariantCulture);
        if (await incidents.GetAsync(incidentId, ct) is not { } incident || incident.ArchivedAt is not null)
        {
            return;
        }

        if (incident.ChannelId is not { } channel)
        {
            throw new WorkDeferredException(WaitForChannel);
        }

        var words = wording.Workspace;
        if (await meetings.JoinUrlAsync(incident.Id, ct) is not { } join)
        {
            ZoomMeeting meeting;
            try
            {
                meeting = await client.CreateMeetingAsync(words.Text("zoom.topic", ("reference", incident.Reference)), ct);
            }
            catch (ZoomRefusedException refused)
            {
                LogRefused(incident.Id, refused.Status);
                throw;
            }

            await meetings.SaveAsync(incident.Id, meeting.Id, meeting.JoinUrl.AbsoluteUri, time.GetUtcNow(), CancellationToken.None);
            join = (await meetings.JoinUrlAsync(incident.Id, CancellationToken.None))!;
            LogCreated(incident.Id);
        }

        await ledger.RunOnceAsync(ZoomWorkKinds.BookmarkEffect(incident.Id), () => BookmarkAsync(channel, words["zoom.bridge"], new Uri(join), ct), ct);
        await work.QueueCoalescedAsync(WorkKinds.RefreshMessages, incident.Id, CancellationToken.None);
    }

    private async Task BookmarkAsync(string channel, string title, Uri link, CancellationToken ct)
    {
        try
        {
            await slack.AddBookmarkAsync(channel, title, link, ct);
        }
        catch (SlackApiException ex) when (!TransientFailure.Is(ex))
        {
            LogNotBookmarked(channel, ex.Error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId}: Zoom meeting created")]
    private partial void LogCreated(long incidentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {IncidentId}: Zoom refused to create the meeting ({Status}); check the app's credentials and scopes")]
    private partial void LogRefused(long incidentId, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not bookmark the Zoom bridge in {ChannelId}: Slack said {SlackError}; continuing")]
    private partial void LogNotBookmarked(string channelId, string slackError);
}
