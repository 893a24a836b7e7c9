using System.Text;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The timeline as messages: one line per entry with a reader-local time, packed into sections of at most 3,000
/// characters, a fixed number of entries per message. Pure: the same entries always give the same pages.
/// </summary>
public static class TimelineMessage
{
    public const int EntriesPerPage = 60;
    public const int MaxPages = 10;
    public const int MaxEntryText = 500;

    public static IReadOnlyList<(string Text, JsonArray Blocks)> Pages(Incident incident, IReadOnlyList<TimelineEntry> entries)
    {
        var lines = entries.Select(Line).ToList();
        var hidden = Math.Max(0, lines.Count - (EntriesPerPage * MaxPages));
        var shown = lines.Skip(hidden).Chunk(EntriesPerPage).ToList();
        if (shown.Count == 0)
        {
            shown.Add(["_Nothing recorded yet._"]);
        }

        return shown.Select((chunk, i) => Page(incident, entries.Count, hidden, chunk, i + 1, shown.Count)).ToList();
    }

    /// <summary><c>&lt;!date^…&gt; · :memo: text — &lt;@U1&gt; · message</c></summary>
    public static string Line(TimelineEntry entry)
    {
        var text = SlackText.Truncate(entry.Text.ReplaceLineEndings(" "), MaxEntryText);
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

    private static (string, JsonArray) Page(Incident incident, int total, int hidden, string[] lines, int page, int pages)
    {
        var of = pages > 1 ? $" (page {page} of {pages})" : "";
        var blocks = new List<JsonObject>();
        if (page == 1)
        {
            blocks.Add(Blocks.Header($"Timeline · {incident.Reference}{of}"));
            var note = hidden > 0 ? $" The {hidden} earliest are not shown here; the post-mortem has them all." : "";
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
        _ => ":small_blue_diamond:",
    };
}
