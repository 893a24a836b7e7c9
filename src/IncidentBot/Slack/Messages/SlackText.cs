using System.Globalization;
using IncidentBot.Core.Texts;

namespace IncidentBot.Slack.Messages;

/// <summary>Slack mrkdwn pieces: escaping, mentions, channel links and reader-local date tokens.</summary>
public static class SlackText
{
    /// <summary>
    /// Escapes the three characters Slack's mrkdwn treats as control characters, and makes <c>@here</c> and its kin
    /// typed as words notify nobody (<see cref="MentionRule"/>): the text shows exactly what was typed.
    /// </summary>
    public static string Escape(string text) => MentionRule.Neutralise(
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal));

    /// <summary>A mention of one person.</summary>
    public static string User(string userId) => $"<@{userId}>";

    /// <summary>A mention, or "unassigned" in <paramref name="words"/> when nobody holds the role.</summary>
    public static string User(Words words, string? userId) => userId is null ? $"_{words["channel.unassigned"]}_" : $"<@{userId}>";

    public static string Channel(string channelId) => $"<#{channelId}>";

    /// <summary><c>&lt;!date^UNIX^{date_short_pretty} {time}|fallback&gt;</c>: each reader sees their own zone.</summary>
    public static string Date(DateTimeOffset at) =>
        $"<!date^{at.ToUnixTimeSeconds()}^{{date_short_pretty}} {{time}}|{at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC>";

    /// <summary>A time of day only, in the reader's zone.</summary>
    public static string Time(DateTimeOffset at) =>
        $"<!date^{at.ToUnixTimeSeconds()}^{{time}}|{at.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC>";

    /// <summary>
    /// Cuts text to <paramref name="max"/> characters, ending with an ellipsis when it was cut (a mark every language
    /// reads the same, so what a person typed is cut alike in English and Russian answers). The cut never falls inside
    /// a Slack token (<c>&lt;@U1|bob&gt;</c>, <c>&lt;https://…|label&gt;</c>), an entity (<c>&amp;amp;</c>) or a
    /// surrogate pair: half a token would show as broken markup, or swallow the text after it.
    /// </summary>
    public static string Truncate(string text, int max) => TextCut.Truncate(text, max, " …");
}
