using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// A checkbox group of the checklist message changed. Slack sends the group's whole selection; what the clicker changed
/// is its difference from the group as the message showed it (<c>message.blocks</c>, else the stored ticks), so two
/// people ticking different items at once do not undo each other. Anyone who can see the channel may tick.
/// </summary>
public sealed class ChecklistTickAction(IncidentStore incidents, ChecklistService checklists) : IBlockActionHandler
{
    public string ActionId => ChecklistMessage.TickActionId;

    public async Task HandleAsync(InteractionPayload payload, JsonObject action, CancellationToken ct)
    {
        if (payload.UserId is not { } user || payload.ChannelId is not { } channel
            || await incidents.GetByChannelAsync(channel, ct) is not { } incident)
        {
            return;
        }

        var blockId = InteractionPayload.ActionString(action, "block_id");
        var selected = Values(action["selected_options"]);
        var items = await checklists.ListAsync(incident.Id, ct);
        var shown = ShownTicked(payload, blockId) ?? items.Where(i => i.IsTicked).Select(ChecklistMessage.Value).ToHashSet(StringComparer.Ordinal);
        var messageTs = InteractionPayload.ActionString(payload.Json["container"] as JsonObject ?? [], "message_ts");
        foreach (var item in Group(blockId, items))
        {
            var value = ChecklistMessage.Value(item);
            var ticked = selected.Contains(value);
            if (ticked != shown.Contains(value))
            {
                await checklists.SetAsync(incident.Id, item.Kind, item.Number, ticked, user, messageTs, ct);
            }
        }
    }

    /// <summary>The items of the group the block shows (<c>checklist:verification:0</c>: the first ten of that list).</summary>
    private static IEnumerable<ChecklistItem> Group(string? blockId, IReadOnlyList<ChecklistItem> items)
    {
        var parts = (blockId ?? "").Split(':');
        return parts.Length == 3 && Enum.TryParse<ChecklistKind>(parts[1], ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            && int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? items.Where(i => i.Kind == kind).OrderBy(i => i.Number).Skip(n * ChecklistMessage.PerGroup).Take(ChecklistMessage.PerGroup)
            : [];
    }

    /// <summary>The values ticked in the block as the clicked message showed it, or null when the payload carries no message.</summary>
    private static HashSet<string>? ShownTicked(InteractionPayload payload, string? blockId)
    {
        var block = (payload.Json["message"]?["blocks"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(b => b["block_id"] is JsonValue id && id.TryGetValue<string>(out var s) && s == blockId);
        return block?["elements"]?[0] is JsonObject element ? Values(element["initial_options"]) : null;
    }

    private static HashSet<string> Values(JsonNode? options) => (options as JsonArray ?? [])
        .Select(o => o is JsonObject option ? InteractionPayload.ActionString(option, "value") : null).OfType<string>().ToHashSet(StringComparer.Ordinal);
}
