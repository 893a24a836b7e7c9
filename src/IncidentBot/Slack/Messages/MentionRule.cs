using System.Text.RegularExpressions;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// The one rule for mentions: nothing a person typed notifies more than the people they named. Whole-channel mentions
/// (<c>&lt;!here&gt;</c>, <c>&lt;!channel&gt;</c>, <c>&lt;!everyone&gt;</c>, the legacy <c>&lt;!group&gt;</c>, with or
/// without a label, and the same words typed literally as <c>@here</c>) and user-group mentions
/// (<c>&lt;!subteam^S1|@oncall&gt;</c>) other than the groups the admin configured read as the same words, with an
/// invisible word joiner after the <c>@</c>, and notify nobody. Mentions of single people and channels are untouched.
/// </summary>
public static partial class MentionRule
{
    /// <summary>U+2060 WORD JOINER: invisible, and it keeps Slack from reading the word after <c>@</c> as a mention.</summary>
    public const char Joiner = '\u2060';

    private static readonly IReadOnlySet<string> NoGroups = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The text with every whole-channel mention, and every user-group mention not in <paramref name="allowedGroups"/>, made inert.</summary>
    public static string Neutralise(string text, IReadOnlySet<string>? allowedGroups = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('@', StringComparison.Ordinal) && !text.Contains("<!", StringComparison.Ordinal))
        {
            return text;
        }

        var allowed = allowedGroups ?? NoGroups;
        return Mention().Replace(text, m => Rewrite(m, allowed));
    }

    /// <summary>Whether the text would notify a whole channel, or a user group not in <paramref name="allowedGroups"/>.</summary>
    public static bool Notifies(string text, IReadOnlySet<string>? allowedGroups = null) =>
        Neutralise(text, allowedGroups) != text;

    /// <summary>How a mention reads once inert: <c>@</c>, the word joiner, and the word.</summary>
    public static string Inert(string word) => $"@{Joiner}{word.TrimStart('@', Joiner)}";

    private static string Rewrite(Match m, IReadOnlySet<string> allowed)
    {
        if (m.Groups["wide"].Success)
        {
            return Inert(m.Groups["wide"].Value.ToLowerInvariant());
        }

        var group = m.Groups["group"].Value;
        if (allowed.Contains(group))
        {
            return m.Value;
        }

        var label = m.Groups["label"].Success ? m.Groups["label"].Value.Trim() : "";
        return Inert(label.TrimStart('@').Length > 0 ? label : group);
    }

    // A token <!here…>, <!subteam^S1…>, or the word typed literally: "@here" not inside a word or an e-mail address.
    [GeneratedRegex(@"<!(?<wide>here|channel|everyone|group)(?:\|[^<>]*)?>|<!subteam\^(?<group>[A-Za-z0-9]+)[^|<>]*(?:\|(?<label>[^<>]*))?>|(?<![\w.+\-])@(?<wide>here|channel|everyone|group)(?![\w\-])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
