using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;

namespace IncidentBot.Work;

/// <summary>
/// Posts a queued ephemeral answer to a click. Someone who clicked without being a member (a public channel seen in
/// preview) gets it by DM instead; anything else Slack refuses is logged and dropped.
/// </summary>
public sealed class EphemeralNoticeHandler(ISlackApi slack, ILogger<EphemeralNoticeHandler> logger) : IWorkHandler
{
    public string Kind => ResolutionWorkKinds.Notice;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var notice = JsonSerializer.Deserialize<EphemeralNotice>(item.Payload)!;
        try
        {
            await slack.PostEphemeralAsync(notice.Channel, notice.User, notice.Text, ct: ct);
        }
        catch (SlackApiException ex) when (ex.Error == "user_not_in_channel")
        {
            await slack.PostMessageAsync(new ChatMessage(notice.User, notice.Text), ct);
        }
        catch (SlackApiException ex) when (!TransientFailure.Is(ex))
        {
            logger.LogWarning("Could not tell {UserId} in {ChannelId}: Slack said {SlackError}", notice.User, notice.Channel, ex.Error);
        }
    }
}
