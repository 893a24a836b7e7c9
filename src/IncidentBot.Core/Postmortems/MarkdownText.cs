using System.Text;
using System.Text.RegularExpressions;

namespace IncidentBot.Core.Postmortems;

/// <summary>Recorded text made safe for Markdown: Slack's mention syntax made readable, table cells kept on one line.</summary>
public static partial class MarkdownText
{
    /// <summary>Text for a table cell: mentions readable, <c>|</c> escaped, line breaks as <c>&lt;br&gt;</c>.</summary>
    public static void AppendCell(StringBuilder sb, string? text, IReadOnlyDictionary<string, string>? names = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (var ch in Readable(text, names))
        {
            switch (ch)
            {
                case '|': sb.Append("\\|"); break;
                case '\r': break;
                case '\n': sb.Append("<br>"); break;
                default: sb.Append(ch); break;
            }
        }
    }

    public static string Cell(string? text, IReadOnlyDictionary<string, string>? names = null)
    {
        var sb = new StringBuilder();
        AppendCell(sb, text, names);
        return sb.ToString();
    }

    /// <summary>
    /// <c>&lt;@U1|bob&gt;</c> → <c>@bob</c>, <c>&lt;@U1&gt;</c> → <c>@</c> and the name in <paramref name="names"/> (or
    /// <c>@U1</c>), <c>&lt;#C1|ops&gt;</c> → <c>#ops</c>. Nothing a person typed can disguise a link or notify anyone:
    /// <c>&lt;https://evil|Grafana&gt;</c> → <c>Grafana (&lt;https://evil&gt;)</c>, showing the real address; Markdown's
    /// own link brackets and HTML tags are escaped; whole-channel and user-group mentions (<c>&lt;!here&gt;</c>,
    /// <c>@here</c>, <c>&lt;!subteam^S1|@oncall&gt;</c>) read as the word after an invisible word joiner, so that text
    /// copied from the file into Slack notifies nobody either.
    /// </summary>
    public static string Readable(string text, IReadOnlyDictionary<string, string>? names = null) =>
        text.AsSpan().IndexOfAny(MarkupStarts) < 0 ? text : Markup().Replace(text, m => Rewrite(m, names));

    private static readonly System.Buffers.SearchValues<char> MarkupStarts = System.Buffers.SearchValues.Create("<@[]");

    /// <summary><c>@</c> and the person's name where it is known, else their Slack user ID.</summary>
    public static string User(string userId, IReadOnlyDictionary<string, string>? names = null) =>
        "@" + (names?.GetValueOrDefault(userId) ?? userId);

    /// <summary>The user IDs mentioned in Slack text (<c>&lt;@U1&gt;</c>, <c>&lt;@U1|bob&gt;</c>).</summary>
    public static IEnumerable<string> MentionedUsers(string? text) =>
        string.IsNullOrEmpty(text) || !text.Contains("<@", StringComparison.Ordinal)
            ? []
            : SlackMarkup().Matches(text).Select(m => m.Groups["target"].Value).Where(t => t[0] == '@').Select(t => t[1..]);

    private static string Rewrite(Match m, IReadOnlyDictionary<string, string>? names)
    {
        if (m.Groups["wide"].Success)
        {
            return Inert(m.Groups["wide"].Value);
        }

        if (m.Groups["markdown"].Success)
        {
            return m.Value == "<" ? "&lt;" : "\\" + m.Value;
        }

        var target = m.Groups["target"].Value;
        var label = m.Groups["label"].Success ? m.Groups["label"].Value : null;
        return target[0] switch
        {
            '@' => label is null ? User(target[1..], names) : "@" + Escaped(label),
            '#' => "#" + Escaped(label ?? target[1..]),
            '!' when target.StartsWith("!date", StringComparison.OrdinalIgnoreCase) => Escaped(label ?? ""),
            '!' => Inert(Escaped(label ?? BangWord(target))),
            _ => label is null || label.Trim() == target ? $"<{target}>" : $"{Escaped(label)} (<{target}>)",
        };
    }

    /// <summary><c>!here</c> → <c>here</c>, <c>!subteam^S1</c> → <c>S1</c>.</summary>
    private static string BangWord(string target) =>
        target.StartsWith("!subteam^", StringComparison.OrdinalIgnoreCase) ? target["!subteam^".Length..] : target[1..];

    /// <summary>A word after <c>@</c> and a word joiner (U+2060): it reads as the mention and is none.</summary>
    private static string Inert(string word) => "@\u2060" + word.TrimStart('@');

    /// <summary>
    /// A token's label with Markdown's brackets, HTML tags and any mention in it made harmless: a label is typed text too
    /// (<c>&lt;@U1|[Grafana](https://evil)&gt;</c> must not become a link).
    /// </summary>
    private static string Escaped(string label) => Markup().Replace(label, m => Rewrite(m, null));

    [GeneratedRegex(@"<(?<target>[@#!][^|>]+|https?://[^|>]+)(\|(?<label>[^>]*))?>", RegexOptions.CultureInvariant)]
    private static partial Regex SlackMarkup();

    // Slack's tokens (an ID, a !word with its ^arguments, or an address with no space in it), a whole-channel mention
    // typed as a word, Markdown's link brackets, and the start of an HTML tag.
    [GeneratedRegex(@"<(?<target>[@#][A-Z0-9]+|!date\^[^|<>]*|![a-z]+(?:\^[^\s|<>]*)?|(?:https?|mailto):[^\s|<>]+)(\|(?<label>[^<>]*))?>|(?<![\w.+\-])@(?<wide>here|channel|everyone|group)(?![\w\-])|(?<markdown>[\[\]]|<(?=[A-Za-z/!?]))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Markup();
}
