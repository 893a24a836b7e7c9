using System.Globalization;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Adding action items and marking them done, each with its timeline entry (in the workspace's <see cref="Words"/>) and
/// the brief refresh.
/// </summary>
public sealed class ActionItemService(Changes changes, Words words)
{
    /// <summary>
    /// Adds the item. A repeated request, or an open item with the same text, returns the existing item with
    /// <see cref="ActionItemResult.Created"/> false.
    /// </summary>
    public Task<ActionItemResult> AddAsync(NewActionItem item, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await change.FindOpenActionItemAsync(item.IncidentId, item.Text) is { } same)
            {
                return new ActionItemResult(same, false);
            }

            var added = await change.AddActionItemAsync(item);
            if (added.Created)
            {
                await change.AddToTimelineAsync(item.IncidentId, TimelineKind.ActionAdded, Describe(added.Item), item.CreatedBy);
                await change.QueueFollowUpsAsync(item.IncidentId);
            }

            return added;
        }, ct);

    /// <summary>Marks the item done; null when there is no such item. Marking a done item again changes nothing.</summary>
    public Task<(ActionItem Item, bool Changed)?> MarkDoneAsync(long actionId, string userId, CancellationToken ct = default) =>
        changes.RunAsync<(ActionItem, bool)?>(async change =>
        {
            if (await change.GetActionItemAsync(actionId) is not { } item)
            {
                return null;
            }

            if (!await change.MarkActionItemDoneAsync(actionId, userId))
            {
                return (item, false);
            }

            await change.AddToTimelineAsync(item.IncidentId, TimelineKind.ActionDone,
                words.Text("timeline.action.done", ("number", item.Number), ("text", item.Text)), userId);
            await change.QueueFollowUpsAsync(item.IncidentId);
            return ((await change.GetActionItemAsync(actionId))!, true);
        }, ct);

    /// <summary>The item's number, text, owner and due day (ISO, as people type it) and priority.</summary>
    private string Describe(ActionItem item)
    {
        var owner = item.Owner is { } o ? words.Text("timeline.action.owner", ("user", o)) : "";
        var due = item.Due is { } d ? words.Text("timeline.action.due", ("date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))) : "";
        return words.Text("timeline.action.added",
            ("number", item.Number), ("text", item.Text), ("owner", owner), ("due", due), ("priority", item.Priority.ToUpperInvariant()));
    }
}
