using System.Text.RegularExpressions;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// Whether the first word of <c>/incident declare</c>, not being on the ladder, was still clearly meant as a severity
/// (answered "Unknown severity") rather than as the start of a title (<c>S3 bucket down</c> opens the form). It was when it
/// is <c>sev</c> and a number (<c>sev9</c>, <c>SEV-7</c>); a number after the letters of a rung's key or alias (<c>p7</c>
/// when the ladder knows <c>p1</c>); or one slip away from a key or alias of three characters or more — a letter added,
/// dropped or changed (not the first), or two neighbours swapped (<c>sve1</c>, <c>sev</c>, <c>sec1</c>; not <c>dev1</c>).
/// </summary>
public static partial class SeverityWord
{
    public static bool IsClearlySeverity(string word, SeverityLadder ladder)
    {
        var names = ladder.All.SelectMany(s => s.Aliases.Prepend(s.Key)).Select(n => n.ToLowerInvariant()).ToList();
        var lower = word.ToLowerInvariant();
        if (Numbered().Match(lower) is { Success: true } numbered)
        {
            var letters = numbered.Groups["letters"].Value;
            if (letters == "sev" || names.Any(n => Numbered().Match(n) is { Success: true } rung && rung.Groups["letters"].Value == letters))
            {
                return true;
            }
        }

        return names.Any(n => n.Length >= 3 && OneSlipApart(lower, n));
    }

    /// <summary>
    /// A letter added, dropped or swapped with its neighbour, or one changed after a first letter that agrees: a changed
    /// first letter is a different word (<c>dev1</c>, <c>rev2</c> are names of things, not slips for <c>sev1</c>).
    /// </summary>
    private static bool OneSlipApart(string a, string b) =>
        a.Length != b.Length ? EditDistance.Between(a, b) <= 1 : IsOneSwap(a, b) || (a[0] == b[0] && EditDistance.Between(a, b) <= 1);

    /// <summary>The same letters with exactly one pair of neighbours swapped: <c>sve1</c> for <c>sev1</c>.</summary>
    private static bool IsOneSwap(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var first = Enumerable.Range(0, a.Length).FirstOrDefault(i => a[i] != b[i], -1);
        return first >= 0 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]
            && string.Equals(a[(first + 2)..], b[(first + 2)..], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<letters>[a-z]+)-?\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
