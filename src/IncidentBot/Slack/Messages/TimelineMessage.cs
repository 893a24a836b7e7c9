using System.Text;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The timeline as messages: one line per entry with a reader-local time, packed into sections of at most 3,000
/// characters, and into messages of at most <see cref="EntriesPerPage"/> entries and <see cref="PageTextBudget"/>
/// characters (Slack refuses a message whose blocks hold much more text, <c>msg_blocks_too_long</c>, at about 12,000).
/// The latest <see cref="MaxPages"/> pages are shown. Only the frame is in the reader's words: entries are shown as
/// they were stored. Pure: the same entries in the same words always give the same pages.
/// </summary>
public static class TimelineMessage
{
    public const int EntriesPerPage = 60;
    /// <summary>The message budget less room for the page's header and context.</summary>
    public static readonly int PageTextBudget = MessageBudget.Message.MaxText - 500;
    public const int MaxPages = 12;
    public const int MaxEntryText = 500;

    public static IReadOnlyList<(string Text, JsonArray Blocks)> Pages(Words words, Incident incident, IReadOnlyList<TimelineEntry> entries)
    {
        var pages = Paginate(entries.Select(e => Line(words, e)).ToList());
        var hidden = pages.Count > MaxPages ? pages.Take(pages.Count - MaxPages).Sum(p => p.Count) : 0;
        var shown = pages.Skip(Math.Max(0, pages.Count - MaxPages)).ToList();
        if (shown.Count == 0)
        {
            shown.Add([words["timeline_view.nothing"]]);
        }

        return shown.Select((chunk, i) => Page(words, incident, entries.Count, hidden, chunk, i + 1, shown.Count)).ToList();
    }

    /// <summary>Whole lines, in order, into pages within both the entry count and the text budget.</summary>
    private static List<List<string>> Paginate(List<string> lines)
    {
        var pages = new List<List<string>>();
        var size = 0;
        foreach (var line in lines)
        {
            if (pages.Count == 0 || pages[^1].Count == EntriesPerPage || size + line.Length > PageTextBudget)
            {
                pages.Add([]);
                size = 0;
            }

            pages[^1].Add(line);
            size += line.Length + 1;
        }

        return pages;
    }

    /// <summary><c>&lt;!date^…&gt; · :memo: text — &lt;@U1&gt; · message</c></summary>
    public static string Line(Words words, TimelineEntry entry)
    {
        var text = PersonText.Mrkdwn(SlackText.Truncate(entry.Text.ReplaceLineEndings(" "), MaxEntryText));
        var line = new StringBuilder($"{SlackText.Date(entry.OccurredAt)} · {Icon(entry.Kind)} {text}");
        if (entry.UserId is { } user && !entry.Text.Contains($"<@{user}>", StringComparison.Ordinal))
        {
            line.Append(" — <@").Append(user).Append('>');
        }

        if (entry.Permalink is { } link)
        {
            line.Append(" · <").Append(link).Append('|').Append(words["timeline_view.message"]).Append('>');
        }

        return line.ToString();
    }

    private static (string, JsonArray) Page(Words words, Incident incident, int total, int hidden, List<string> lines, int page, int pages)
    {
        var of = pages > 1 ? words.Text("timeline_view.page", ("page", page), ("pages", pages)) : "";
        var title = words.Text("timeline_view.header", ("reference", incident.Reference), ("page", of));
        var blocks = new List<JsonObject>();
        if (page == 1)
        {
            blocks.Add(Blocks.Header(title));
            var note = hidden > 0 ? words.Count(incident.IsOpen ? "timeline_view.hidden_open" : "timeline_view.hidden_resolved", hidden) : "";
            blocks.Add(Blocks.Context(words.Count("timeline_view.entries", total, ("hidden", note))));
        }
        else
        {
            blocks.Add(Blocks.Context($"*{title}*"));
        }

        blocks.AddRange(Sections(lines));
        return (words.Text("timeline_view.text", ("reference", incident.Reference), ("page", of)), Blocks.Array(blocks));
    }

    /// <summary>Packs whole lines into sections under Slack's 3,000-character limit.</summary>
    private static IEnumerable<JsonObject> Sections(IEnumerable<string> lines)
    {
        var current = new StringBuilder();
        foreach (var line in lines)
        {
            if (current.Length > 0 && current.Length + 1 + line.Length > Blocks.SectionMax)
            {
                yield return Blocks.Section(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? "\n" : "").Append(line);
        }

        if (current.Length > 0)
        {
            yield return Blocks.Section(current.ToString());
        }
    }

    private static string Icon(TimelineKind kind) => kind switch
    {
        TimelineKind.Declared => ":rotating_light:",
        TimelineKind.SeverityChanged => ":chart_with_upwards_trend:",
        TimelineKind.StatusChanged => ":traffic_light:",
        TimelineKind.RoleAssigned or TimelineKind.RoleHandedOver => ":bust_in_silhouette:",
        TimelineKind.Note => ":memo:",
        TimelineKind.PinnedMessage => ":pushpin:",
        TimelineKind.UpdatePosted => ":loudspeaker:",
        TimelineKind.ActionAdded => ":ballot_box_with_check:",
        TimelineKind.ActionEdited => ":pencil2:",
        TimelineKind.Resolved => ":white_check_mark:",
        TimelineKind.Reopened => ":leftwards_arrow_with_hook:",
        TimelineKind.ReminderSent => ":alarm_clock:",
        TimelineKind.Escalated => ":mega:",
        TimelineKind.PostmortemStarted or TimelineKind.PostmortemReviewed => ":page_facing_up:",
        TimelineKind.Cancelled => ":no_entry_sign:",
        TimelineKind.Merged or TimelineKind.MergedFrom or TimelineKind.MergedEntry => ":twisted_rightwards_arrows:",
        TimelineKind.ChannelKept or TimelineKind.ChannelArchived => ":file_cabinet:",
        TimelineKind.AlertFired or TimelineKind.AlertFiredAgain => ":rotating_light:",
        TimelineKind.AlertResolved => ":large_green_circle:",
        TimelineKind.StakeholdersInformed => ":briefcase:",
        TimelineKind.PublicMessage => ":loudspeaker:",
        TimelineKind.Paged => ":pager:",
        TimelineKind.PageAcknowledged => ":raised_hand:",
        TimelineKind.PageMissed => ":hourglass:",
        _ => ":small_blue_diamond:",
    };
}
