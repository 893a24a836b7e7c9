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
    /// <c>@U1</c>), <c>&lt;#C1|ops&gt;</c> → <c>#ops</c>, links → Markdown links.
    /// </summary>
    public static string Readable(string text, IReadOnlyDictionary<string, string>? names = null) =>
        text.Contains('<', StringComparison.Ordinal) ? SlackMarkup().Replace(text, m => Rewrite(m, names)) : text;

    /// <summary><c>@</c> and the person's name where it is known, else their Slack user ID.</summary>
    public static string User(string? userId, IReadOnlyDictionary<string, string>? names = null) =>
        userId is null ? "_unassigned_" : "@" + (names?.GetValueOrDefault(userId) ?? userId);

    /// <summary>The user IDs mentioned in Slack text (<c>&lt;@U1&gt;</c>, <c>&lt;@U1|bob&gt;</c>).</summary>
    public static IEnumerable<string> MentionedUsers(string? text) =>
        string.IsNullOrEmpty(text) || !text.Contains("<@", StringComparison.Ordinal)
            ? []
            : SlackMarkup().Matches(text).Select(m => m.Groups["target"].Value).Where(t => t[0] == '@').Select(t => t[1..]);

    private static string Rewrite(Match m, IReadOnlyDictionary<string, string>? names)
    {
        var target = m.Groups["target"].Value;
        var label = m.Groups["label"].Success ? m.Groups["label"].Value : null;
        return target[0] switch
        {
            '@' => label is null ? User(target[1..], names) : "@" + label,
            '#' => "#" + (label ?? target[1..]),
            '!' => "@" + (label ?? target[1..]),
            _ => label is null ? target : $"[{label}]({target})",
        };
    }

    [GeneratedRegex(@"<(?<target>[@#!][^|>]+|https?://[^|>]+)(\|(?<label>[^>]*))?>", RegexOptions.CultureInvariant)]
    private static partial Regex SlackMarkup();
}
