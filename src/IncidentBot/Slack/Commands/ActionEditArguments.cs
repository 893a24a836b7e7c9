using System.Globalization;
using System.Text.RegularExpressions;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// The arguments of <c>/incident action edit &lt;n&gt; [owner @someone|none] [due YYYY-MM-DD|none] [priority P0–P3]</c>,
/// in any order; <c>due:YYYY-MM-DD</c>, a bare mention and a bare <c>p1</c> read as they do when adding. A problem is
/// explained in the asker's words.
/// </summary>
public sealed partial record ActionEditArguments(int Number, ActionItemEdit Edit)
{
    /// <summary>
    /// Whether <paramref name="arguments"/> ask for an edit: <c>edit</c> alone or followed by a number (<c>2</c>,
    /// <c>#2</c>). "edit the runbook" is the text of a new item.
    /// </summary>
    public static bool IsEdit(string arguments)
    {
        var words = arguments.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words[0].Equals("edit", StringComparison.OrdinalIgnoreCase) && (words.Length == 1 || NumberWord().IsMatch(words[1]));
    }

    public static ActionEditArguments? Parse(Words words, string arguments, out string? problem)
    {
        problem = null;
        var all = arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        if (all.Length == 0 || NumberWord().Match(all[0]) is not { Success: true } m
            || !int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            problem = words["actions.edit.problem.number"];
            return null;
        }

        var edit = new ActionItemEdit(false, null, false, null, null);
        for (var i = 1; i < all.Length && problem is null; i++)
        {
            problem = Field(words, all, ref i, ref edit);
        }

        problem ??= edit.IsEmpty ? words["actions.edit.problem.nothing"] : null;
        return problem is null ? new ActionEditArguments(number, edit) : null;
    }

    /// <summary>Reads the field at <paramref name="i"/> (and its value, moving <paramref name="i"/> past it) into the edit.</summary>
    private static string? Field(Words words, string[] all, ref int i, ref ActionItemEdit edit)
    {
        var word = all[i];
        var lower = word.ToLowerInvariant();
        if (lower.StartsWith("due:", StringComparison.Ordinal))
        {
            return Due(words, word[4..], ref edit);
        }

        if (ActionArguments.Mention().IsMatch(word) || ActionArguments.PriorityWord().IsMatch(word))
        {
            return Value(words, ActionArguments.Mention().IsMatch(word) ? "owner" : "priority", word, ref edit);
        }

        if (word.Length > 1 && word[0] == '@')
        {
            return words.Text("actions.problem.plain_name", ("word", word));
        }

        if (lower is not ("owner" or "due" or "priority"))
        {
            return words.Text("actions.edit.problem.unknown", ("word", word));
        }

        return ++i < all.Length ? Value(words, lower, all[i], ref edit) : words.Text("actions.edit.problem.missing", ("field", word));
    }

    private static string? Value(Words words, string field, string value, ref ActionItemEdit edit)
    {
        var none = value.Equals("none", StringComparison.OrdinalIgnoreCase) || value == "-";
        switch (field)
        {
            case "owner" when edit.SetsOwner:
            case "priority" when edit.Priority is not null:
                return words.Text("actions.edit.problem.twice", ("field", field));
            case "owner" when none:
                edit = edit with { SetsOwner = true, Owner = null };
                return null;
            case "owner":
                if (ActionArguments.Mention().Match(value) is not { Success: true } m)
                {
                    return words.Text("actions.problem.plain_name", ("word", value));
                }

                edit = edit with { SetsOwner = true, Owner = m.Groups["id"].Value };
                return null;
            case "due":
                return Due(words, value, ref edit);
            default:
                var lower = value.ToLowerInvariant();
                if (!ActionItem.Priorities.Contains(lower))
                {
                    return words.Text("actions.problem.bad_priority", ("word", value));
                }

                edit = edit with { Priority = lower };
                return null;
        }
    }

    private static string? Due(Words words, string value, ref ActionItemEdit edit)
    {
        if (edit.SetsDue)
        {
            return words.Text("actions.edit.problem.twice", ("field", "due"));
        }

        if (value.Equals("none", StringComparison.OrdinalIgnoreCase) || value == "-")
        {
            edit = edit with { SetsDue = true, Due = null };
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return words.Text("actions.edit.problem.due", ("text", value));
        }

        edit = edit with { SetsDue = true, Due = date };
        return null;
    }

    [GeneratedRegex(@"^#?(?<n>\d{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWord();
}
