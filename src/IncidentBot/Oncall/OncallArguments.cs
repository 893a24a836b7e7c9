using System.Globalization;
using System.Text.RegularExpressions;
using IncidentBot.Core.Oncall;

namespace IncidentBot.Oncall;

/// <summary>Reads the words of <c>/incident oncall set|swap</c> and <c>/incident page</c>: rotation names, mentions, times.</summary>
public static partial class OncallArguments
{
    public static string[] Words(string text) => text.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The user ID of a mention as Slack escapes it (<c>&lt;@U123|alice&gt;</c>); null for any other word.</summary>
    public static string? UserId(string word)
    {
        var match = MentionPattern().Match(word);
        return match.Success ? match.Groups["id"].Value : null;
    }

    public static bool IsRotationName(string word) => NamePattern().IsMatch(word.ToLowerInvariant());

    /// <summary>
    /// A moment typed as <c>now</c>, <c>2026-12-07</c> (midnight) or <c>2026-12-07T09:00</c>, read in <paramref name="zone"/>;
    /// null when it is none of these.
    /// </summary>
    public static DateTimeOffset? Moment(string word, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (string.Equals(word, "now", StringComparison.OrdinalIgnoreCase))
        {
            return now;
        }

        return DateTime.TryParseExact(word, ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall)
            ? ZoneTime.ToInstant(wall, zone)
            : null;
    }

    [GeneratedRegex(@"^<@(?<id>[UW][A-Z0-9]+)(\|[^>]*)?>$", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
