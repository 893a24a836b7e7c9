using System.Globalization;
using System.Text.RegularExpressions;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// The arguments of <c>/incident action &lt;text&gt; [@owner] [due:YYYY-MM-DD] [p1|p2|p3]</c>. The owner and the due date
/// may stand anywhere; the priority only counts after the text (among the owner and due date, if any), so a word like
/// <c>P0</c> inside "Add P0 alert for checkout" stays part of the text. The owner must be Slack's escaped mention; a
/// plain <c>@bob</c>, a bad date or a second owner is a problem to explain, in the asker's words.
/// </summary>
public sealed partial record ActionArguments(string Text, string? Owner, DateOnly? Due, string Priority)
{
    public const int MaxText = 500;

    public static ActionArguments? Parse(Words words, string arguments, out string? problem)
    {
        problem = null;
        string? owner = null;
        DateOnly? due = null;
        var priority = ActionItem.DefaultPriority;
        var text = new List<string>();
        var all = arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var priorityAt = TrailingPriority(all);
        for (var i = 0; i < all.Length; i++)
        {
            var word = all[i];
            problem = word switch
            {
                _ when Mention().Match(word) is { Success: true } m => owner is null ? Set(ref owner, m.Groups["id"].Value) : words["actions.problem.one_owner"],
                _ when IsDue(word) => ParseDue(words, word[4..], ref due),
                _ when i == priorityAt => ParsePriority(words, word, ref priority),
                _ when word.Length > 1 && word[0] == '@' => words.Text("actions.problem.plain_name", ("word", word)),
                _ => Add(text, word),
            };
            if (problem is not null)
            {
                return null;
            }
        }

        var joined = string.Join(' ', text);
        problem = joined.Length switch
        {
            0 => words["actions.problem.no_text"],
            > MaxText => words.Count("actions.problem.too_long", joined.Length, ("max", MaxText)),
            _ => null,
        };
        return problem is null ? new ActionArguments(joined, owner, due, priority) : null;
    }

    /// <summary>
    /// Where the priority stands: the last priority-shaped word, when only the owner, the due date or a plain
    /// <c>@name</c> follow it; -1 when the words end in text.
    /// </summary>
    private static int TrailingPriority(string[] words)
    {
        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (PriorityWord().IsMatch(words[i]))
            {
                return i;
            }

            if (!Mention().IsMatch(words[i]) && !IsDue(words[i]) && words[i][0] != '@')
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsDue(string word) => word.StartsWith("due:", StringComparison.OrdinalIgnoreCase);

    private static string? Set(ref string? field, string value)
    {
        field = value;
        return null;
    }

    private static string? Add(List<string> words, string word)
    {
        words.Add(word);
        return null;
    }

    private static string? ParseDue(Words words, string text, ref DateOnly? due)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return words.Text("actions.problem.bad_due", ("text", text));
        }

        due = date;
        return null;
    }

    private static string? ParsePriority(Words words, string word, ref string priority)
    {
        var lower = word.ToLowerInvariant();
        if (!ActionItem.Priorities.Contains(lower))
        {
            return words.Text("actions.problem.bad_priority", ("word", word));
        }

        priority = lower;
        return null;
    }

    /// <summary>A person as a slash command's text carries them (<c>&lt;@U1|bob&gt;</c>): the owner of an action item, added or edited.</summary>
    [GeneratedRegex(@"^<@(?<id>[UW][A-Z0-9]+)(\|[^>]*)?>$", RegexOptions.CultureInvariant)]
    internal static partial Regex Mention();

    /// <summary>A word that is meant as a priority (<c>p1</c>), valid or not.</summary>
    [GeneratedRegex(@"^[pP]\d$", RegexOptions.CultureInvariant)]
    internal static partial Regex PriorityWord();
}
