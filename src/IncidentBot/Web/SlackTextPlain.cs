using System.Net;
using System.Text.RegularExpressions;

namespace IncidentBot.Web;

/// <summary>
/// Recorded Slack text as a reader of a web page should see it: <c>&lt;@U1&gt;</c> as <c>@</c> and the person's name
/// (or their ID when unknown), <c>&lt;#C1|ops&gt;</c> as <c>#ops</c>, a link as its words and its real address
/// (<c>&lt;https://evil|Grafana&gt;</c> → <c>Grafana (https://evil)</c>), <c>&lt;!here&gt;</c> as <c>@here</c>, a date as
/// its fallback text, and Slack's <c>&amp;lt;</c>, <c>&amp;gt;</c>, <c>&amp;amp;</c> as the characters. The result is plain
/// text, to be HTML-encoded by the page like any other. Angle brackets that are not one of Slack's tokens stay as typed.
/// </summary>
public static partial class SlackTextPlain
{
    public static string Read(string? text, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var plain = text.Contains('<', StringComparison.Ordinal) ? Markup().Replace(text, m => Rewrite(m, names)) : text;
        return plain.Contains('&', StringComparison.Ordinal) ? plain.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal) : plain;
    }

    /// <summary>The user IDs mentioned in <paramref name="text"/>.</summary>
    public static IEnumerable<string> MentionedUsers(string? text) =>
        string.IsNullOrEmpty(text) || !text.Contains("<@", StringComparison.Ordinal)
            ? []
            : Markup().Matches(text).Where(m => m.Groups["sigil"].Value == "@").Select(m => m.Groups["target"].Value);

    private static string Rewrite(Match m, IReadOnlyDictionary<string, string> names)
    {
        var target = m.Groups["target"].Value;
        var label = m.Groups["label"].Success && m.Groups["label"].Value.Length > 0 ? m.Groups["label"].Value : null;
        return m.Groups["sigil"].Value switch
        {
            "@" => "@" + (label ?? names.GetValueOrDefault(target, target)),
            "#" => "#" + (label ?? target),
            "!" when target.StartsWith("date", StringComparison.OrdinalIgnoreCase) => label ?? string.Empty,
            "!" when target.StartsWith("subteam^", StringComparison.OrdinalIgnoreCase) => label ?? "@group",
            "!" => label ?? "@" + target,
            _ => label is null || label.Trim() == target ? target : $"{label} ({target})",
        };
    }

    [GeneratedRegex(@"<(?:(?<sigil>[@#!])(?<target>[^<>|\s]+)|(?<target>(?:https?|mailto):[^<>|\s]+))(?:\|(?<label>[^<>]*))?>",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Markup();
}
