using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;

namespace IncidentBot.Slack.Interactions;

/// <summary>For button handlers: the incident a button's value names, and an ephemeral answer to whoever clicked.</summary>
public sealed class ActionReply(ISlackApi slack, IncidentStore incidents, ILogger<ActionReply> logger)
{
    public async Task<Incident?> IncidentAsync(System.Text.Json.Nodes.JsonObject action, CancellationToken ct) =>
        long.TryParse(InteractionPayload.ActionString(action, "value"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await incidents.GetAsync(id, ct)
            : null;

    public async Task SendAsync(InteractionPayload payload, string text, CancellationToken ct)
    {
        if (payload.ChannelId is not { } channel || payload.UserId is not { } user)
        {
            return;
        }

        try
        {
            await slack.PostEphemeralAsync(channel, user, text, null, ct);
        }
        catch (SlackApiException ex)
        {
            logger.LogWarning("Could not answer {UserId} ephemerally: {SlackError}", user, ex.Error);
        }
    }
}
