using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// The update form's "since last update" prefill: one bullet per timeline entry after the previous update (or the
/// declaration), leaving out the bot's own bookkeeping (reminders, escalations, snoozes, updates) and the declaration.
/// Each entry is one line; when they do not all fit the field, the latest that fit are kept, in order.
/// </summary>
public static class SinceLastUpdate
{
    /// <summary>The longest a single bullet is, so one long note does not crowd out the rest.</summary>
    public const int MaxBullet = 300;

    private static readonly HashSet<TimelineKind> Left =
        [TimelineKind.Declared, TimelineKind.UpdatePosted, TimelineKind.ReminderSent, TimelineKind.Escalated, TimelineKind.Snoozed];

    public static string Bullets(IEnumerable<TimelineEntry> timeline, DateTimeOffset since, int maxLength)
    {
        var lines = timeline
            .Where(e => e.OccurredAt > since && !Left.Contains(e.Kind))
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .Select(e => "- " + OneLine(e.Text))
            .ToList();
        var kept = new List<string>();
        var length = 0;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var added = lines[i].Length + (kept.Count > 0 ? 1 : 0);
            if (length + added > maxLength)
            {
                break;
            }

            kept.Insert(0, lines[i]);
            length += added;
        }

        return string.Join("\n", kept);
    }

    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return TextCut.Truncate(line, MaxBullet, "…");
    }
}
