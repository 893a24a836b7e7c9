using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// For button handlers: the incident a button's value names, the clicker's words, and an answer to whoever clicked.
/// The answer is queued, so no Slack call sits between the click and its acknowledgement.
/// </summary>
public sealed class ActionReply(Notices notices, IncidentStore incidents, Wording wording)
{
    public async Task<Incident?> IncidentAsync(JsonObject action, CancellationToken ct) =>
        long.TryParse(InteractionPayload.ActionString(action, "value"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await incidents.GetAsync(id, ct)
            : null;

    /// <summary>The clicker's words for an answer only they see; the workspace's when the click names nobody.</summary>
    public Task<Words> WordsAsync(InteractionPayload payload, CancellationToken ct) => wording.ForAsync(payload, ct);

    public async Task SendAsync(InteractionPayload payload, string text, CancellationToken ct)
    {
        if (payload.ChannelId is { } channel && payload.UserId is { } user)
        {
            await notices.EnqueueAsync(new EphemeralNotice(channel, user, text), ct);
        }
    }
}
