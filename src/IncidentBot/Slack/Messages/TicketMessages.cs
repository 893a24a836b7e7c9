using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// Tickets and wiki pages in Slack: an action item's ticket as a link, the channel line when an item is filed, the
/// File ticket button, and the line linking the post-mortem's Confluence page. Keys and addresses come from the
/// tracker's answers and the bot's own settings, and are checked before they become links.
/// </summary>
public static class TicketMessages
{
    public const string FileTicketActionId = "action_file_ticket";
    public const string FiledEventType = "action_ticket_filed";
    public const string PageEventType = "postmortem_page_published";

    /// <summary>The ticket as a link, <c>&lt;https://…/browse/OPS-12|OPS-12&gt;</c>; the bare key when the address is not a plain https or http one.</summary>
    public static string TicketLink(string key, string url) => Link(url, SlackText.Escape(key));

    /// <summary>"· ticket OPS-12" for an item's line; empty for an item without one.</summary>
    public static string OnLine(Words words, ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(item);
        return item is { TicketKey: { } key, TicketUrl: { } url } ? " · " + words.Text("tickets.line.ticket", ("ticket", TicketLink(key, url))) : "";
    }

    /// <summary>The channel line when an item is filed in <paramref name="tracker"/> (Jira's wording unless it is Linear).</summary>
    public static (string Text, JsonArray Blocks) Filed(Words words, ActionItem item, string key, string url, string tracker = Core.Integrations.TicketTracker.Jira)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(item);
        var text = words.Text(Core.Integrations.TicketTracker.TextKey(tracker, "filed"), ("number", item.Number), ("ticket", TicketLink(key, url)));
        return (text, Blocks.Array([Blocks.Section(text)]));
    }

    public static JsonObject FileButton(Words words, ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(item);
        return Blocks.Button(FileTicketActionId, words["tickets.button"], item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static (string Text, JsonArray Blocks) PagePublished(Words words, Incident incident, string title, string url, int version, bool created)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(incident);
        var link = Link(url, SlackText.Escape(title));
        var text = created
            ? words.Text("tickets.confluence.published", ("reference", incident.Reference), ("link", link))
            : words.Text("tickets.confluence.updated", ("reference", incident.Reference), ("version", version), ("link", link));
        return (text, Blocks.Array([Blocks.Section(text)]));
    }

    private static string Link(string url, string label) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !url.Contains('|', StringComparison.Ordinal) && !url.Contains('>', StringComparison.Ordinal) && !url.Contains('<', StringComparison.Ordinal)
            ? $"<{url}|{label.Replace("|", "¦", StringComparison.Ordinal)}>"
            : label;
}
