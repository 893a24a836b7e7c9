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
    public static string Truncate(string text, int max)
    {
        const string marker = " …";
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, TokenBoundary(text, max - marker.Length)), marker);
    }

    /// <summary>The last place at or before <paramref name="cut"/> that is not inside a token, an entity or a character.</summary>
    private static int TokenBoundary(string text, int cut)
    {
        var open = cut > 0 ? text.LastIndexOf('<', cut - 1) : -1;
        if (open >= 0 && text.IndexOf('>', open) is var close && close >= cut)
        {
            cut = open;
        }

        var amp = cut > 0 ? text.LastIndexOf('&', cut - 1, Math.Min(cut, MaxEntityLength)) : -1;
        if (amp >= 0 && text.IndexOf(';', amp) is var end && end >= cut && end - amp < MaxEntityLength)
        {
            cut = amp;
        }

        return cut > 0 && char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
    }

    /// <summary>The length of the longest entity Slack uses, <c>&amp;amp;</c>.</summary>
    private const int MaxEntityLength = 5;
}
