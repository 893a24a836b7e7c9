using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Commands;

namespace IncidentBot.Slack.Messages;

/// <summary>Action items as people see them: the added confirmation, the list with Done buttons, the overdue digest.</summary>
public static class ActionItemMessages
{
    public const string DoneActionId = "action_done";
    public const string DigestEventType = "action_digest";

    public static CommandReply Usage(Words words, string problem, string usage) =>
        CommandReply.Ephemeral(words.Text("actions.usage", ("problem", problem), ("usage", usage)));

    /// <summary>The confirmation; with <paramref name="offersTicket"/>, a File ticket button under it.</summary>
    public static CommandReply Added(Words words, ActionItemResult result, bool offersTicket = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = words.Text(result.Created ? "actions.added" : "actions.already_added", ("number", result.Item.Number), ("line", Line(words, result.Item)));
        return offersTicket
            ? CommandReply.Ephemeral(text, Blocks.Array([Blocks.Section(text), Blocks.Actions("action_ticket", TicketMessages.FileButton(words, result.Item))]))
            : CommandReply.Ephemeral(text);
    }

    public static string Line(Words words, ActionItem item)
    {
        var owner = item.Owner is { } o ? SlackText.User(o) : words["actions.line.no_owner"];
        var due = item.Due is { } d ? words.Text("actions.line.due", ("date", IsoDate(d))) : words["actions.line.no_due"];
        var state = item.IsOpen ? "" : " · " + words["actions.line.done"];
        return $"{PersonText.Mrkdwn(item.Text)} · {owner} · {due} · {item.Priority.ToUpperInvariant()}{TicketMessages.OnLine(words, item)}{state}";
    }

    /// <summary>
    /// One page of the list, open items first: as many as fit in one message, then "… n more" naming the command for
    /// the next page. A page past the last shows the last.
    /// </summary>
    public static (string Text, JsonArray Blocks) List(Words words, Incident incident, IReadOnlyList<ActionItem> items, int page = 1)
    {
        if (items.Count == 0)
        {
            var none = words.Text("actions.list.none", ("reference", incident.Reference), ("arguments", words["command.action.arguments"]));
            return (none, Blocks.Array([Blocks.Section(none)]));
        }

        var heading = words.Text("actions.list.heading", ("reference", incident.Reference), ("open", items.Count(i => i.IsOpen)), ("total", items.Count));
        var listed = items.OrderBy(i => i.IsOpen ? 0 : 1).ThenBy(i => i.Number).Select(i => Item(words, i)).ToList();
        var pages = MessageBudget.Message.Pages([Blocks.Section(Paged(words, heading, items.Count, items.Count))], listed,
            n => More(words, n, items.Count));
        var index = Math.Clamp(page, 1, pages.Count) - 1;
        var (start, count) = pages[index];
        var text = pages.Count > 1 ? Paged(words, heading, index + 1, pages.Count) : heading;
        var blocks = new List<JsonObject> { Blocks.Section(text) };
        blocks.AddRange(listed.Skip(start).Take(count));
        if (items.Count - start - count is > 0 and var after)
        {
            blocks.Add(More(words, after, index + 2));
        }

        return (text, Blocks.Array(blocks));
    }

    public static CommandReply PageUsage(Words words, string typed) =>
        CommandReply.Ephemeral(words.Text("actions.page_usage", ("typed", SlackText.Escape(SlackText.Truncate(typed, 20)))));

    public static string Done(Words words, ActionItem item, bool changed) => changed
        ? words.Text("actions.done", ("number", item.Number), ("text", PersonText.Mrkdwn(item.Text)))
        : words.Text("actions.already_done", ("number", item.Number));

    /// <summary>
    /// The daily DM to one owner, in their words: their overdue open items, by incident, as many as one message holds.
    /// An item of a private incident the owner is not a member of (<c>Withheld</c>) is named by its incident's number
    /// and its own only: its text stays with the members.
    /// </summary>
    public static (string Text, JsonArray Blocks) Digest(Words words, IReadOnlyList<(ActionItem Item, Incident Incident, bool Withheld)> overdue, DateOnly today)
    {
        var text = words.Count("digest.title", overdue.Count);
        var lines = overdue.Select(x => Blocks.Section(words.Text("digest.line",
            ("reference", x.Incident.Reference),
            ("number", x.Item.Number),
            ("text", x.Withheld ? words["digest.withheld"] : PersonText.Mrkdwn(x.Item.Text)),
            ("due", IsoDate(x.Item.Due!.Value)),
            ("ago", words.Count("digest.ago", today.DayNumber - x.Item.Due!.Value.DayNumber)),
            ("priority", x.Item.Priority.ToUpperInvariant()),
            ("channel", x.Incident.ChannelId is { } c && !x.Withheld ? $" · {SlackText.Channel(c)}" : "")))).ToList();
        var (blocks, _) = MessageBudget.Message.Fit([Blocks.Section($":alarm_clock: *{text}*")], lines,
            n => Blocks.Context(words.Count("digest.more", n)),
            [Blocks.Context(words["digest.footer"])]);
        return (text, blocks);
    }

    private static string Paged(Words words, string heading, int page, int pages) =>
        words.Text("actions.list.page", ("heading", heading), ("page", page), ("pages", pages));

    private static JsonObject More(Words words, int count, int nextPage) =>
        Blocks.Context(words.Count("actions.list.more", count, ("page", nextPage.ToString(CultureInfo.InvariantCulture))));

    // Dates as the command takes them (due:2026-12-01), the same in every language.
    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonObject Item(Words words, ActionItem item)
    {
        var section = Blocks.Section($"*#{item.Number}* {Line(words, item)}");
        if (item.IsOpen)
        {
            section["accessory"] = Blocks.Button(DoneActionId, words["actions.list.done_button"], item.Id.ToString(CultureInfo.InvariantCulture));
        }

        return section;
    }
}
