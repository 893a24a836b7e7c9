using System.Globalization;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Adding action items and marking them done, each with its timeline entry (in the workspace's <see cref="Words"/>) and
/// the brief refresh.
/// </summary>
public sealed class ActionItemService(
    Database database,
    ActionItemStore items,
    TimelineStore timeline,
    OutboxStore outbox,
    Words words,
    IWorkSignal signal,
    TimeProvider time)
{
    /// <summary>
    /// Adds the item. A repeated request, or an open item with the same text, returns the existing item with
    /// <see cref="ActionItemResult.Created"/> false.
    /// </summary>
    public async Task<ActionItemResult> AddAsync(NewActionItem item, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var result = await database.InTransactionAsync(async tx =>
        {
            if (await items.FindOpenByTextAsync(tx, item.IncidentId, item.Text) is { } same)
            {
                return new ActionItemResult(same, false);
            }

            var added = await items.AddAsync(tx, item, now);
            if (added.Created)
            {
                await timeline.AddAsync(tx, new TimelineEntry(0, item.IncidentId, now, now, TimelineKind.ActionAdded,
                    Describe(added.Item), item.CreatedBy));
                await outbox.EnqueueFollowUpsAsync(tx, item.IncidentId, now);
            }

            return added;
        }, ct);
        if (result.Created)
        {
            signal.Notify();
        }

        return result;
    }

    /// <summary>Marks the item done; null when there is no such item. Marking a done item again changes nothing.</summary>
    public async Task<(ActionItem Item, bool Changed)?> MarkDoneAsync(long actionId, string userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var result = await database.InTransactionAsync<(ActionItem, bool)?>(async tx =>
        {
            if (await items.GetAsync(tx, actionId) is not { } item)
            {
                return null;
            }

            if (!await items.MarkDoneAsync(tx, actionId, userId, now))
            {
                return (item, false);
            }

            await timeline.AddAsync(tx, new TimelineEntry(0, item.IncidentId, now, now, TimelineKind.ActionDone,
                words.Text("timeline.action.done", ("number", item.Number), ("text", item.Text)), userId));
            await outbox.EnqueueFollowUpsAsync(tx, item.IncidentId, now);
            return ((await items.GetAsync(tx, actionId))!, true);
        }, ct);
        if (result is (_, true))
        {
            signal.Notify();
        }

        return result;
    }

    /// <summary>The item's number, text, owner and due day (ISO, as people type it) and priority.</summary>
    private string Describe(ActionItem item)
    {
        var owner = item.Owner is { } o ? words.Text("timeline.action.owner", ("user", o)) : "";
        var due = item.Due is { } d ? words.Text("timeline.action.due", ("date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))) : "";
        return words.Text("timeline.action.added",
            ("number", item.Number), ("text", item.Text), ("owner", owner), ("due", due), ("priority", item.Priority.ToUpperInvariant()));
    }
}
