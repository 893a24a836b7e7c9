using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Commands;

namespace IncidentBot.Slack.Messages;

/// <summary>Action items as people see them: the added confirmation, the list with Done buttons, the overdue digest.</summary>
public static class ActionItemMessages
{
    public const string DoneActionId = "action_done";
    public const string DigestEventType = "action_digest";

    /// <summary>Stands for the text of an item of a private incident its owner is not a member of.</summary>
    public const string WithheldText = "_private incident: ask its Incident Commander for the details_";

    public static CommandReply Usage(string problem, string usage) => CommandReply.Ephemeral(
        $"{problem}\nUsage: {usage}\nExample: `/incident action Add a canary for config pushes @bob due:2026-12-01 p1`");

    public static CommandReply Added(ActionItemResult result) => CommandReply.Ephemeral(result.Created
        ? $":white_check_mark: Action item *#{result.Item.Number}* added: {Line(result.Item)}"
        : $"That is already action item *#{result.Item.Number}*: {Line(result.Item)}");

    public static string Line(ActionItem item)
    {
        var owner = item.Owner is { } o ? SlackText.User(o) : "_no owner_";
        var due = item.Due is { } d ? "due " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "_no due date_";
        var state = item.IsOpen ? "" : " · :heavy_check_mark: done";
        return $"{PersonText.Mrkdwn(item.Text)} · {owner} · {due} · {item.Priority.ToUpperInvariant()}{state}";
    }

    /// <summary>
    /// One page of the list, open items first: as many as fit in one message, then "… n more" naming the command for
    /// the next page. A page past the last shows the last.
    /// </summary>
    public static (string Text, JsonArray Blocks) List(Incident incident, IReadOnlyList<ActionItem> items, int page = 1)
    {
        if (items.Count == 0)
        {
            var none = $"{incident.Reference} has no action items yet. Add one with `/incident action <text> [@owner] [due:YYYY-MM-DD] [p1|p2|p3]`.";
            return (none, Blocks.Array([Blocks.Section(none)]));
        }

        var open = items.Count(i => i.IsOpen);
        var heading = $"*Action items for {incident.Reference}* ({open} open of {items.Count})";
        var listed = items.OrderBy(i => i.IsOpen ? 0 : 1).ThenBy(i => i.Number).Select(Item).ToList();
        var pages = MessageBudget.Message.Pages([Blocks.Section($"{heading} · page {items.Count} of {items.Count}")], listed,
            n => More(n, items.Count));
        var index = Math.Clamp(page, 1, pages.Count) - 1;
        var (start, count) = pages[index];
        var text = pages.Count > 1 ? $"{heading} · page {index + 1} of {pages.Count}" : heading;
        var blocks = new List<JsonObject> { Blocks.Section(text) };
        blocks.AddRange(listed.Skip(start).Take(count));
        if (items.Count - start - count is > 0 and var after)
        {
            blocks.Add(More(after, index + 2));
        }

        return (text, Blocks.Array(blocks));
    }

    public static CommandReply PageUsage(string typed) => CommandReply.Ephemeral(
        $"\"{SlackText.Escape(SlackText.Truncate(typed, 20))}\" is not a page number. Usage: `/incident actions [page]`, e.g. `/incident actions 2`.");

    public static string Done(ActionItem item, bool changed) => changed
        ? $":heavy_check_mark: Action item #{item.Number} is done: {PersonText.Mrkdwn(item.Text)}"
        : $"Action item #{item.Number} was already done.";

    /// <summary>
    /// The daily DM to one owner: their overdue open items, by incident, as many as one message holds. An item of a
    /// private incident the owner is not a member of (<c>Withheld</c>) is named by its incident's number and its own
    /// only: its text stays with the members.
    /// </summary>
    public static (string Text, JsonArray Blocks) Digest(IReadOnlyList<(ActionItem Item, Incident Incident, bool Withheld)> overdue, DateOnly today)
    {
        var text = overdue.Count == 1 ? "You have 1 overdue action item." : $"You have {overdue.Count} overdue action items.";
        var lines = overdue.Select(x => Blocks.Section(
            $"• *{x.Incident.Reference}* #{x.Item.Number}: {(x.Withheld ? WithheldText : PersonText.Mrkdwn(x.Item.Text))} · due {x.Item.Due!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" +
            $" ({today.DayNumber - x.Item.Due!.Value.DayNumber} d ago) · {x.Item.Priority.ToUpperInvariant()}" +
            (x.Incident.ChannelId is { } c && !x.Withheld ? $" · {SlackText.Channel(c)}" : ""))).ToList();
        var (blocks, _) = MessageBudget.Message.Fit([Blocks.Section($":alarm_clock: *{text}*")], lines,
            n => Blocks.Context($"… and {n} more."),
            [Blocks.Context("Mark them done with `/incident actions` in the incident channel.")]);
        return (text, blocks);
    }

    private static JsonObject More(int count, int nextPage) =>
        Blocks.Context($"… {count} more: `/incident actions {nextPage.ToString(CultureInfo.InvariantCulture)}` shows the next page.");

    private static JsonObject Item(ActionItem item)
    {
        var section = Blocks.Section($"*#{item.Number}* {Line(item)}");
        if (item.IsOpen)
        {
            section["accessory"] = Blocks.Button(DoneActionId, "Done", item.Id.ToString(CultureInfo.InvariantCulture));
        }

        return section;
    }
}
