using System.Globalization;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Adding action items, changing their owner, due date and priority, and marking them done, each with its timeline
/// entry (in the workspace's <see cref="Words"/>) and the brief refresh. With Jira or Linear on, an item of one of its automatic
/// priorities is queued to be filed as a ticket when it is added or raised to that priority (never an item of a private
/// incident: nothing about those leaves their channel).
/// </summary>
public sealed class ActionItemService(Changes changes, Words words, Configuration.IncidentBotOptions? options = null)
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
                await FileIfAutomaticAsync(change, added.Item);
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

    /// <summary>
    /// Marks the item done because its ticket <paramref name="ticketKey"/> was closed in the tracker, with a timeline
    /// entry saying so (by nobody here, naming <paramref name="tracker"/>); false when it was done already or is gone.
    /// </summary>
    public Task<bool> MarkDoneByTicketAsync(long actionId, string ticketKey, string tracker = Integrations.TicketTracker.Jira, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await change.GetActionItemAsync(actionId) is not { } item || !await change.MarkActionItemDoneAsync(actionId, null))
            {
                return false;
            }

            await change.AddToTimelineAsync(item.IncidentId, TimelineKind.ActionDone,
                words.Text(Integrations.TicketTracker.TextKey(tracker, "timeline.closed"), ("number", item.Number), ("key", ticketKey)), null);
            await change.QueueFollowUpsAsync(item.IncidentId);
            return true;
        }, ct);

    /// <summary>
    /// Changes the owner, due date or priority of the incident's item number <paramref name="number"/>, with a timeline
    /// entry naming what changed; null when there is no such item. An edit that changes nothing records nothing.
    /// </summary>
    public Task<(ActionItem Item, bool Changed)?> EditAsync(long incidentId, int number, ActionItemEdit edit, string userId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return changes.RunAsync<(ActionItem, bool)?>(async change =>
        {
            if (await change.GetActionItemByNumberAsync(incidentId, number) is not { } item)
            {
                return null;
            }

            var edited = edit.ApplyTo(item);
            if (Changes(item, edited) is not { Count: > 0 } changed)
            {
                return (item, false);
            }

            await change.SetActionItemPlanAsync(edited);
            await change.AddToTimelineAsync(incidentId, TimelineKind.ActionEdited, words.Text("actions.edit.timeline",
                ("number", item.Number), ("changes", string.Join(words["actions.edit.joiner"], changed))), userId);
            await change.QueueFollowUpsAsync(incidentId);
            await FileIfAutomaticAsync(change, edited);
            return (edited, true);
        }, ct);
    }

    /// <summary>
    /// Queues the item to be filed as a ticket in the configured tracker; false (nothing queued) when none is on, the item is done or has a
    /// ticket, or its incident is private.
    /// </summary>
    public Task<bool> FileTicketAsync(long actionId, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
            await change.GetActionItemAsync(actionId) is { } item && await QueueTicketAsync(change, item), ct);

    private async Task FileIfAutomaticAsync(Change change, ActionItem item)
    {
        if (options is not null && Integrations.TicketTracker.FilesAutomatically(options, item.Priority))
        {
            await QueueTicketAsync(change, item);
        }
    }

    private async Task<bool> QueueTicketAsync(Change change, ActionItem item) =>
        (options is null ? null : Integrations.TicketTracker.Of(options)) is { } tracker && item.IsOpen && item.TicketKey is null
        && await change.GetIncidentAsync(item.IncidentId) is { IsPrivate: false }
        && await (tracker == Integrations.TicketTracker.Linear
            ? Integrations.TicketWorkKinds.QueueLinearIssueAsync(change, item.Id)
            : Integrations.TicketWorkKinds.QueueJiraIssueAsync(change, item.Id));

    /// <summary>What an edit changed, as the timeline says it: "owner @bob", "no due date", "priority P1".</summary>
    private List<string> Changes(ActionItem before, ActionItem after)
    {
        var changed = new List<string>();
        if (before.Owner != after.Owner)
        {
            changed.Add(after.Owner is { } o ? words.Text("actions.edit.owner", ("user", o)) : words["actions.edit.no_owner"]);
        }

        if (before.Due != after.Due)
        {
            changed.Add(after.Due is { } d
                ? words.Text("actions.edit.due", ("date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                : words["actions.edit.no_due"]);
        }

        if (before.Priority != after.Priority)
        {
            changed.Add(words.Text("actions.edit.priority", ("priority", after.Priority.ToUpperInvariant())));
        }

        return changed;
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
