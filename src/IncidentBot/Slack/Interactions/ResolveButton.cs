using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Storage;
using IncidentBot.Work;

namespace IncidentBot.Slack.Interactions;

/// <summary>The brief's (and the soak message's) Resolve button: opens the resolve modal with the click's trigger.</summary>
public sealed class ResolveButton(IncidentStore incidents, ResolveModalOpener opener, Notices notices) : IBlockActionHandler
{
    public const string Id = "resolve";

    public string ActionId => Id;

    /// <summary>Tells whoever clicked a brief's button that its incident is gone (a button on an old message, say).</summary>
    public static async Task NoIncidentAsync(Notices notices, InteractionPayload payload, CancellationToken ct)
    {
        if (payload.ChannelId is { } channel && payload.UserId is { } user)
        {
            await notices.EnqueueAsync(new EphemeralNotice(channel, user, Messages.CadenceAnswers.NoIncident), ct);
        }
    }

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        if (payload.UserId is not { } user
            || !long.TryParse(InteractionPayload.ActionString(action, "value"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await incidents.GetAsync(id, ct) is not { } incident)
        {
            await NoIncidentAsync(notices, payload, ct);
            return;
        }

        if (await opener.OpenAsync(incident, user, payload.TriggerId, null, ct) is { } problem)
        {
            if ((payload.ChannelId ?? incident.ChannelId) is { } channel)
            {
                await notices.EnqueueAsync(new EphemeralNotice(channel, user, problem), ct);
            }
        }
    }
}
