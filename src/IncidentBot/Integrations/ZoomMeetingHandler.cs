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
/// it. Zoom takes no idempotency key, so the create is recorded as attempted in the effect ledger before the call and
/// its agenda carries a marker naming the incident (<see cref="ZoomMarker"/>): a rerun that finds an attempt without a
/// saved meeting (the answer was lost, or the bot stopped before saving it) first looks for the marked meeting in Zoom
/// and adopts it, and creates one only when there is none. The effect ledger records the bookmark, so a rerun bookmarks
/// nothing twice. The topic names the incident by reference only (never its title). Where the severity has a static
/// bridge, Zoom refusing the meeting, or still failing <see cref="GiveUpAfter"/> after the declaration, gives Zoom up for
/// the incident and the static bridge stands in; without one a refusal fails the work and an outage is retried.
/// </summary>
public sealed partial class ZoomMeetingHandler(
    IncidentStore incidents, ZoomMeetingStore meetings, EffectLedger ledger, ZoomClient client, ISlackApi slack, Wording wording,
    WarRoomLinks warRoom, StandaloneWork work, TimeProvider time, ILogger<ZoomMeetingHandler> logger) : IWorkHandler
{
    /// <summary>How long the meeting waits for the incident's channel before looking again.</summary>
    public static readonly TimeSpan WaitForChannel = TimeSpan.FromSeconds(1);

    /// <summary>How long after the declaration a Zoom still failing is given up for the static bridge, where there is one.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(1);

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
        RunbookLink bridge;
        if (await meetings.JoinUrlAsync(incident.Id, ct) is { } join)
        {
            bridge = new RunbookLink(words["zoom.bridge"], new Uri(join));
        }
        else if (await ledger.GetAsync(ZoomWorkKinds.StandInEffect(incident.Id), ct) is { IsDone: true } && warRoom.StaticBridge(words, incident) is { } standIn)
        {
            bridge = standIn;
        }
        else
        {
            bridge = await MeetingOrStandInAsync(item, incident, ct);
        }

        await ledger.RunOnceAsync(ZoomWorkKinds.BookmarkEffect(incident.Id), () => BookmarkAsync(channel, bridge, ct), ct);
        await work.QueueCoalescedAsync(WorkKinds.RefreshMessages, incident.Id, CancellationToken.None);
    }

    /// <summary>The incident's new (or found) meeting; else, where Zoom is given up, the static bridge standing in for it.</summary>
    private async Task<RunbookLink> MeetingOrStandInAsync(OutboxItem item, Incident incident, CancellationToken ct)
    {
        var words = wording.Workspace;
        try
        {
            var meeting = await FindOrCreateAsync(incident, ct);
            return new RunbookLink(words["zoom.bridge"], meeting.JoinUrl);
        }
        catch (ZoomRefusedException refused)
        {
            LogRefused(incident.Id, refused.Status);
            if (await StandInAsync(incident) is not { } standIn)
            {
                throw;
            }

            return standIn;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or TaskCanceledException or WorkDeferredException
            && !ct.IsCancellationRequested && time.GetUtcNow() - UnixTime.FromUnixMs(item.CreatedAt) >= GiveUpAfter)
        {
            if (await StandInAsync(incident) is not { } standIn)
            {
                throw;
            }

            LogGivenUp(incident.Id, GiveUpAfter);
            return standIn;
        }
    }

    private async Task<ZoomMeeting> FindOrCreateAsync(Incident incident, CancellationToken ct)
    {
        var key = ZoomWorkKinds.CreateEffect(incident.Id);
        ZoomMeeting meeting;
        if (await ledger.GetAsync(key, ct) is { State: EffectRecord.Attempted } && await client.FindMeetingAsync(incident.Id, ct) is { } found)
        {
            // The earlier create reached Zoom without its answer reaching the bot: that meeting is the incident's.
            meeting = found;
            LogAdopted(incident.Id);
        }
        else
        {
            var words = wording.Workspace;
            await ledger.MarkAttemptedAsync(key, null, ct);
            meeting = await client.CreateMeetingAsync(words.Text("zoom.topic", ("reference", incident.Reference)),
                words.Text("zoom.agenda", ("reference", incident.Reference), ("marker", ZoomMarker.For(incident.Id))), ct);
            LogCreated(incident.Id);
        }

        await meetings.SaveAsync(incident.Id, meeting.Id, meeting.JoinUrl.AbsoluteUri, time.GetUtcNow(), CancellationToken.None);
        await ledger.MarkDoneAsync(key, meeting.Id, CancellationToken.None);
        return meeting;
    }

    /// <summary>Gives Zoom up for the incident when a static bridge can stand in; that bridge, or null when there is none.</summary>
    private async Task<RunbookLink?> StandInAsync(Incident incident)
    {
        if (warRoom.StaticBridge(wording.Workspace, incident) is not { } standIn)
        {
            return null;
        }

        await ledger.MarkDoneAsync(ZoomWorkKinds.StandInEffect(incident.Id), null, CancellationToken.None);
        return standIn;
    }

    private async Task BookmarkAsync(string channel, RunbookLink bridge, CancellationToken ct)
    {
        try
        {
            await slack.AddBookmarkAsync(channel, bridge.Title, bridge.Url, ct);
        }
        catch (SlackApiException ex) when (!TransientFailure.Is(ex))
        {
            LogNotBookmarked(channel, ex.Error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId}: Zoom meeting created")]
    private partial void LogCreated(long incidentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId}: an earlier create had reached Zoom without its answer; that meeting is kept")]
    private partial void LogAdopted(long incidentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {IncidentId}: Zoom refused the call ({Status}); check the app's credentials and scopes")]
    private partial void LogRefused(long incidentId, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {IncidentId}: Zoom still failing {GiveUpAfter} after the declaration; the static bridge stands in")]
    private partial void LogGivenUp(long incidentId, TimeSpan giveUpAfter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not bookmark the Zoom bridge in {ChannelId}: Slack said {SlackError}; continuing")]
    private partial void LogNotBookmarked(string channelId, string slackError);
}
