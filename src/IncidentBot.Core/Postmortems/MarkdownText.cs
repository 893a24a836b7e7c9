using System.Text;
using System.Text.RegularExpressions;

namespace IncidentBot.Core.Postmortems;

/// <summary>Recorded text made safe for Markdown: Slack's mention syntax made readable, table cells kept on one line.</summary>
public static partial class MarkdownText
{
    /// <summary>Text for a table cell: mentions readable, <c>|</c> escaped, line breaks as <c>&lt;br&gt;</c>.</summary>
    public static void AppendCell(StringBuilder sb, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (var ch in Readable(text))
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

    public static string Cell(string? text)
    {
        var sb = new StringBuilder();
        AppendCell(sb, text);
        return sb.ToString();
    }

    /// <summary><c>&lt;@U1|bob&gt;</c> → <c>@bob</c>, <c>&lt;@U1&gt;</c> → <c>@U1</c>, <c>&lt;#C1|ops&gt;</c> → <c>#ops</c>, links → Markdown links.</summary>
    public static string Readable(string text) =>
        text.Contains('<', StringComparison.Ordinal) ? SlackMarkup().Replace(text, Rewrite) : text;

    public static string User(string? userId) => userId is null ? "_unassigned_" : $"@{userId}";

    private static string Rewrite(Match m)
    {
        var target = m.Groups["target"].Value;
        var label = m.Groups["label"].Success ? m.Groups["label"].Value : null;
        return target[0] switch
        {
            '@' => "@" + (label ?? target[1..]),
            '#' => "#" + (label ?? target[1..]),
            '!' => "@" + (label ?? target[1..]),
            _ => label is null ? target : $"[{label}]({target})",
        };
    }

    [GeneratedRegex(@"<(?<target>[@#!][^|>]+|https?://[^|>]+)(\|(?<label>[^>]*))?>", RegexOptions.CultureInvariant)]
    private static partial Regex SlackMarkup();
}
