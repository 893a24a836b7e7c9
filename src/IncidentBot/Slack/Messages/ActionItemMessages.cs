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
    private const int MaxListed = 40;

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

    public static (string Text, JsonArray Blocks) List(Incident incident, IReadOnlyList<ActionItem> items)
    {
        if (items.Count == 0)
        {
            var none = $"{incident.Reference} has no action items yet. Add one with `/incident action <text> [@owner] [due:YYYY-MM-DD] [p1|p2|p3]`.";
            return (none, Blocks.Array([Blocks.Section(none)]));
        }

        var open = items.Count(i => i.IsOpen);
        var text = $"*Action items for {incident.Reference}* ({open} open of {items.Count})";
        var blocks = new List<JsonObject> { Blocks.Section(text) };
        blocks.AddRange(items.OrderBy(i => i.IsOpen ? 0 : 1).ThenBy(i => i.Number).Take(MaxListed).Select(Item));
        if (items.Count > MaxListed)
        {
            blocks.Add(Blocks.Context($"… and {items.Count - MaxListed} more; the post-mortem lists them all."));
        }

        return (text, Blocks.Array(blocks));
    }

    public static string Done(ActionItem item, bool changed) => changed
        ? $":heavy_check_mark: Action item #{item.Number} is done: {PersonText.Mrkdwn(item.Text)}"
        : $"Action item #{item.Number} was already done.";

    /// <summary>
    /// The daily DM to one owner: their overdue open items, by incident. An item of a private incident the owner is not a
    /// member of (<c>Withheld</c>) is named by its incident's number and its own only: its text stays with the members.
    /// </summary>
    public static (string Text, JsonArray Blocks) Digest(IReadOnlyList<(ActionItem Item, Incident Incident, bool Withheld)> overdue, DateOnly today)
    {
        var text = overdue.Count == 1 ? "You have 1 overdue action item." : $"You have {overdue.Count} overdue action items.";
        var lines = overdue.Take(MaxListed).Select(x =>
            $"• *{x.Incident.Reference}* #{x.Item.Number}: {(x.Withheld ? WithheldText : PersonText.Mrkdwn(x.Item.Text))} · due {x.Item.Due!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" +
            $" ({today.DayNumber - x.Item.Due!.Value.DayNumber} d ago) · {x.Item.Priority.ToUpperInvariant()}" +
            (x.Incident.ChannelId is { } c && !x.Withheld ? $" · {SlackText.Channel(c)}" : ""));
        var body = $":alarm_clock: *{text}*\n" + string.Join('\n', lines) + "\nMark them done with `/incident actions` in the incident channel.";
        return (text, Blocks.Array([Blocks.Section(body)]));
    }

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
