using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// The brief's <b>Take IC</b> button: the clicker becomes IC if nobody is. Of two clicks at once exactly one wins;
/// the other is told who did, in their words. A click by the current IC changes nothing.
/// </summary>
public sealed class TakeCommanderAction(RoleService roles, Notices notices, ActionReply reply, ILogger<TakeCommanderAction> logger) : IBlockActionHandler
{
    public const string Id = "take_ic";

    public string ActionId => Id;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        if (payload.UserId is not { } user || IncidentId(action) is not { } incidentId)
        {
            logger.LogWarning("Take IC click without a user or an incident id");
            return;
        }

        var request = new RoleAssignment(incidentId, RoleCatalog.IncidentCommander, user, user) { Expected = ExpectedHolder.Vacant };
        var result = await roles.AssignAsync(request, ct);
        if (result is RoleAssignmentResult.Conflict conflict && (payload.ChannelId ?? conflict.Incident.ChannelId) is { } channel)
        {
            var words = await reply.WordsAsync(payload, ct);
            await notices.EnqueueAsync(new EphemeralNotice(channel, user, RoleMessages.Conflict(words, conflict.Role, conflict.Holder)), ct);
        }
        else if (result is RoleAssignmentResult.NotFound)
        {
            logger.LogWarning("Take IC clicked for incident {IncidentId}, which does not exist", incidentId);
            await reply.SendAsync(payload, CadenceAnswers.NoIncident(await reply.WordsAsync(payload, ct)), ct);
        }
    }

    /// <summary>The incident id a brief button carries as its value.</summary>
    public static long? IncidentId(JsonObject action) =>
        action["value"] is JsonValue v && v.TryGetValue<string>(out var s)
        && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
