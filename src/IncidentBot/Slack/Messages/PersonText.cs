using System.Text.RegularExpressions;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// How text a person typed (titles, summaries, notes, pinned messages) enters a message. It arrives formatted by Slack
/// when it came through a slash command (<c>&lt;@U1|bob&gt;</c>, <c>&amp;amp;</c>) and raw when it came through a form.
/// People and channels named stay mentions; whole-channel and user-group mentions read as words and notify nobody
/// (<see cref="MentionRule"/>); a link whose label hides its address shows the address; everything else is escaped.
/// </summary>
public static partial class PersonText
{
    /// <summary>For mrkdwn: block text and a message's top-level (notification) text.</summary>
    public static string Mrkdwn(string? text) =>
        string.IsNullOrEmpty(text) ? "" : MentionRule.Neutralise(Token().Replace(Printable(text), Rewrite));

    /// <summary>
    /// For plain text (a header): mentions that would notify read as words and disguised links show their address;
    /// nothing else changes, since plain text formats nothing.
    /// </summary>
    public static string Plain(string? text) =>
        string.IsNullOrEmpty(text) ? "" : MentionRule.Neutralise(Link().Replace(Printable(text), m => Shown(m, escape: false)));

    /// <summary>
    /// The text without control characters other than line breaks and tabs, and with a half of a character pair standing
    /// alone read as U+FFFD: Slack's form decoding refuses a NUL, so a title typed with one made every later edit of
    /// its brief and channel fail, and a lone surrogate cannot be encoded at all.
    /// </summary>
    private static string Printable(string text)
    {
        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            var c = text[i];
            clean = !(char.IsControl(c) && c is not ('\n' or '\r' or '\t')) && !char.IsSurrogate(c)
                || char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[++i]);
        }

        if (clean)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (!char.IsControl(c) || c is '\n' or '\r' or '\t')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Rewrite(Match m)
    {
        if (m.Groups["keep"].Success)
        {
            return m.Value;
        }

        if (m.Groups["url"].Success)
        {
            return Shown(m, escape: true);
        }

        return m.Groups["broadcast"].Success ? MentionRule.Neutralise(m.Value) : SlackText.Escape(m.Value);
    }

    /// <summary><c>&lt;https://evil|Grafana&gt;</c> → <c>Grafana (&lt;https://evil&gt;)</c>: the label, then the real address.</summary>
    private static string Shown(Match m, bool escape)
    {
        var url = m.Groups["url"].Value;
        var label = m.Groups["label"].Success ? m.Groups["label"].Value.Trim() : "";
        var link = escape ? $"<{url}>" : url;
        if (label.Length == 0 || label == url)
        {
            return link;
        }

        return $"{(escape ? Mrkdwn(label) : label)} ({link})";
    }

    private const string LinkPattern = @"<(?<url>(?:https?|mailto):[^|<>\s]+)(?:\|(?<label>[^<>]*))?>";

    [GeneratedRegex(@"(?<keep><(?:@[UW]|#[CG])[A-Z0-9]+(?:\|[^<>]*)?>|&(?:amp|lt|gt);)|(?<broadcast><!(?:here|channel|everyone|group|subteam\^)[^<>]*>)|" +
        LinkPattern + "|[&<>]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Token();

    [GeneratedRegex(LinkPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
