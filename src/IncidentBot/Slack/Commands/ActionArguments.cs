using System.Globalization;
using System.Text.RegularExpressions;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// The arguments of <c>/incident action &lt;text&gt; [@owner] [due:YYYY-MM-DD] [p1|p2|p3]</c>, in any order. The owner must
/// be Slack's escaped mention; a plain <c>@bob</c>, a bad date or a second owner is a problem to explain.
/// </summary>
public sealed partial record ActionArguments(string Text, string? Owner, DateOnly? Due, string Priority)
{
    public const int MaxText = 500;

    public static ActionArguments? Parse(string arguments, out string? problem)
    {
        problem = null;
        string? owner = null;
        DateOnly? due = null;
        var priority = ActionItem.DefaultPriority;
        var words = new List<string>();
        foreach (var word in arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            problem = word switch
            {
                _ when Mention().Match(word) is { Success: true } m => owner is null ? Set(ref owner, m.Groups["id"].Value) : "Give one owner per action item.",
                _ when word.StartsWith("due:", StringComparison.OrdinalIgnoreCase) => ParseDue(word[4..], ref due),
                _ when PriorityWord().IsMatch(word) => ParsePriority(word, ref priority),
                _ when word.Length > 1 && word[0] == '@' =>
                    $"\"{word}\" is not a Slack mention; pick the owner from the @ autocomplete so I get their user id.",
                _ => Add(words, word),
            };
            if (problem is not null)
            {
                return null;
            }
        }

        var text = string.Join(' ', words);
        problem = text.Length switch
        {
            0 => "Say what needs doing.",
            > MaxText => $"The action is {text.Length} characters; keep it under {MaxText}.",
            _ => null,
        };
        return problem is null ? new ActionArguments(text, owner, due, priority) : null;
    }

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

    private static string? ParseDue(string text, ref DateOnly? due)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return $"\"due:{text}\" is not a date; write it as due:YYYY-MM-DD, e.g. due:2026-12-01.";
        }

        due = date;
        return null;
    }

    private static string? ParsePriority(string word, ref string priority)
    {
        var lower = word.ToLowerInvariant();
        if (!ActionItem.Priorities.Contains(lower))
        {
            return $"Priority \"{word}\" is not one of p1, p2 or p3.";
        }

        priority = lower;
        return null;
    }

    [GeneratedRegex(@"^<@(?<id>[UW][A-Z0-9]+)(\|[^>]*)?>$", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"^[pP]\d$", RegexOptions.CultureInvariant)]
    private static partial Regex PriorityWord();
}
