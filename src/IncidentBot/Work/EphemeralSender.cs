using System.Text.Json.Nodes;
using IncidentBot.Slack.Api;

namespace IncidentBot.Work;

/// <summary>
/// Shows a message to one person in a channel. Someone previewing a public channel without joining it cannot get
/// ephemeral messages there, so they get a direct message instead.
/// </summary>
public sealed class EphemeralSender(ISlackApi slack, ILogger<EphemeralSender> logger)
{
    public async Task SendAsync(string channel, string user, string text, JsonArray? blocks, CancellationToken ct)
    {
        try
        {
            await slack.PostEphemeralAsync(channel, user, text, blocks, ct);
        }
        catch (SlackApiException ex) when (ex.Error is "user_not_in_channel" or "not_in_channel" or "channel_not_found")
        {
            logger.LogInformation("Ephemeral message to {UserId} not possible ({SlackError}); sending it directly", user, ex.Error);
            await slack.PostMessageAsync(new ChatMessage(user, text, blocks), ct);
        }
    }
}
