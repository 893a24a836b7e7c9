using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Slack.Events;

/// <summary>
/// Puts a Slack message on its incident's timeline at the message's own time, with its author, text and permalink.
/// Pins, the timeline reaction and Slack's retries of either all name the same message, which is recorded once. A message
/// without text is recorded as such in the workspace's words, as every timeline entry is.
/// </summary>
public sealed class TimelineMarker(TimelineService timeline, ISlackApi slack, Wording wording, ILogger<TimelineMarker> logger)
{
    /// <summary>Records the message; <paramref name="known"/> is the message when the event carried it.</summary>
    public async Task MarkAsync(Incident incident, string channel, string ts, HistoryMessage? known, CancellationToken ct)
    {
        if (await timeline.HasMessageAsync(channel, ts, ct))
        {
            return;
        }

        var message = known ?? await slack.GetMessageAsync(channel, ts, ct);
        if (message is null || !SlackTimestamp.TryParse(message.Ts, out var postedAt))
        {
            logger.LogInformation("Message {MessageTs} marked in {ChannelId} is gone; not recorded", ts, channel);
            return;
        }

        var text = string.IsNullOrWhiteSpace(message.Text) ? wording.Workspace["marker.no_text"] : message.Text;
        var recorded = new RecordedMessage(incident.Id, channel, ts, message.User ?? message.BotId, text, await PermalinkAsync(channel, ts, ct), postedAt);
        if (await timeline.RecordMessageAsync(recorded, ct))
        {
            logger.LogInformation("Message {MessageTs} added to the timeline of {IncidentNumber}", ts, incident.Number);
        }
    }

    private async Task<string?> PermalinkAsync(string channel, string ts, CancellationToken ct)
    {
        try
        {
            return await slack.GetPermalinkAsync(channel, ts, ct);
        }
        catch (SlackApiException ex) when (!TransientFailure.Is(ex))
        {
            logger.LogWarning("No permalink for {MessageTs}: Slack said {SlackError}", ts, ex.Error);
            return null;
        }
    }
}
