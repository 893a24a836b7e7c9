using System.Globalization;

namespace IncidentBot.Slack.Messages;

/// <summary>Slack mrkdwn pieces: escaping, mentions, channel links and reader-local date tokens.</summary>
public static partial class SlackText
{
    /// <summary>Escapes the three characters Slack's mrkdwn treats as control characters.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// Escapes what people wrote for mrkdwn but keeps the mentions of people, user groups and channels Slack formats in
    /// it (<c>&lt;@U123|bob&gt;</c>, <c>&lt;!subteam^S1&gt;</c>, <c>&lt;#C1|ops&gt;</c>) and the entities Slack escapes
    /// <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> to: text from a slash command arrives formatted this way, so escaping
    /// it again would show a mention as its raw code. Everything else is escaped, <c>&lt;!channel&gt;</c>,
    /// <c>&lt;!here&gt;</c>, <c>&lt;!everyone&gt;</c> and disguised links included: an update must not ping a whole channel.
    /// </summary>
    public static string EscapeKeepingMentions(string text) => SlackToken().Replace(text, m => m.Groups["token"].Success ? m.Value : Escape(m.Value));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<token><(?:@[UW]|#[CG]|!subteam\^S)[A-Z0-9]+(?:\|[^<>]*)?>|&(?:amp|lt|gt);)|[&<>]",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SlackToken();

    public static string User(string? userId) => userId is null ? "_unassigned_" : $"<@{userId}>";

    public static string Channel(string channelId) => $"<#{channelId}>";

    /// <summary><c>&lt;!date^UNIX^{date_short_pretty} {time}|fallback&gt;</c>: each reader sees their own zone.</summary>
    public static string Date(DateTimeOffset at) =>
        $"<!date^{at.ToUnixTimeSeconds()}^{{date_short_pretty}} {{time}}|{at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC>";

    /// <summary>A time of day only, in the reader's zone.</summary>
    public static string Time(DateTimeOffset at) =>
        $"<!date^{at.ToUnixTimeSeconds()}^{{time}}|{at.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC>";

    /// <summary>"1 h 12 min", "3 min", "45 s".</summary>
    public static string Duration(TimeSpan span) => Core.Postmortems.DurationText.Of(span);

    /// <summary>Cuts text to <paramref name="max"/> characters, ending with a marker when it was cut.</summary>
    public static string Truncate(string text, int max)
    {
        const string marker = "… (truncated)";
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max - marker.Length), marker);
    }
}
