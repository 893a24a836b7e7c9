using System.Text;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The timeline as messages: one line per entry with a reader-local time, packed into sections of at most 3,000
/// characters, and into messages of at most <see cref="EntriesPerPage"/> entries and <see cref="PageTextBudget"/>
/// characters (Slack refuses a message whose blocks hold much more text, <c>msg_blocks_too_long</c>, at about 12,000).
/// The latest <see cref="MaxPages"/> pages are shown. Pure: the same entries always give the same pages.
/// </summary>
public static class TimelineMessage
{
    public const int EntriesPerPage = 60;
    /// <summary>The message budget less room for the page's header and context.</summary>
    public static readonly int PageTextBudget = MessageBudget.Message.MaxText - 500;
    public const int MaxPages = 12;
    public const int MaxEntryText = 500;

    public static IReadOnlyList<(string Text, JsonArray Blocks)> Pages(Incident incident, IReadOnlyList<TimelineEntry> entries)
    {
        var pages = Paginate(entries.Select(Line).ToList());
        var hidden = pages.Count > MaxPages ? pages.Take(pages.Count - MaxPages).Sum(p => p.Count) : 0;
        var shown = pages.Skip(Math.Max(0, pages.Count - MaxPages)).ToList();
        if (shown.Count == 0)
        {
            shown.Add(["_Nothing recorded yet._"]);
        }

        return shown.Select((chunk, i) => Page(incident, entries.Count, hidden, chunk, i + 1, shown.Count)).ToList();
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
    public static string Line(TimelineEntry entry)
    {
        var text = PersonText.Mrkdwn(SlackText.Truncate(entry.Text.ReplaceLineEndings(" "), MaxEntryText));
        var line = new StringBuilder($"{SlackText.Date(entry.OccurredAt)} · {Icon(entry.Kind)} {text}");
        if (entry.UserId is { } user && !entry.Text.Contains($"<@{user}>", StringComparison.Ordinal))
        {
            line.Append(" — <@").Append(user).Append('>');
        }

        if (entry.Permalink is { } link)
        {
            line.Append(" · <").Append(link).Append("|message>");
        }

        return line.ToString();
    }

    private static (string, JsonArray) Page(Incident incident, int total, int hidden, List<string> lines, int page, int pages)
    {
        var of = pages > 1 ? $" (page {page} of {pages})" : "";
        var blocks = new List<JsonObject>();
        if (page == 1)
        {
            blocks.Add(Blocks.Header($"Timeline · {incident.Reference}{of}"));
            var note = hidden > 0
                ? $" The {hidden} earliest are not shown here; the post-mortem draft {(incident.IsOpen ? "will list" : "lists")} them all."
                : "";
            blocks.Add(Blocks.Context($"{total} entries, oldest first, in your time zone.{note}"));
        }
        else
        {
            blocks.Add(Blocks.Context($"*Timeline · {incident.Reference}{of}*"));
        }

        blocks.AddRange(Sections(lines));
        return ($"{incident.Reference} timeline{of}", Blocks.Array(blocks));
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
        TimelineKind.Resolved => ":white_check_mark:",
        TimelineKind.Reopened => ":leftwards_arrow_with_hook:",
        TimelineKind.ReminderSent => ":alarm_clock:",
        TimelineKind.Escalated => ":mega:",
        TimelineKind.PostmortemStarted or TimelineKind.PostmortemReviewed => ":page_facing_up:",
        _ => ":small_blue_diamond:",
    };
}
