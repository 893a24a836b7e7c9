using System.Text;
using AnyAscii;

namespace IncidentBot.Core.Policies;

/// <summary>
/// Incident channel names: <c>incident-YYYY-MM-DD-&lt;slug&gt;</c>, within Slack's rules (lowercase <c>a-z0-9-</c>,
/// at most 80 characters) with room kept for a <c>-2</c> … <c>-999</c> suffix when a name is taken.
/// </summary>
public static class ChannelNamer
{
    public const int MaxLength = 80;
    private const int SuffixRoom = 4;

    /// <summary>The name for <paramref name="attempt"/> (1 = no suffix, 2 = <c>-2</c>, …).</summary>
    public static string Build(DateOnly date, string title, int number, int attempt = 1)
    {
        var prefix = $"incident-{date:yyyy-MM-dd}-";
        var slug = Slug(title, MaxLength - SuffixRoom - prefix.Length);
        if (slug.Length == 0)
        {
            slug = $"inc-{number}";
        }

        return attempt <= 1 ? prefix + slug : $"{prefix}{slug}-{attempt}";
    }

    /// <summary>Lowercase ASCII words joined by dashes, cut on a word boundary to at most <paramref name="maxLength"/>.</summary>
    public static string Slug(string text, int maxLength)
    {
        var ascii = text.Transliterate().ToLowerInvariant();
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var ch in ascii)
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                word.Append(ch);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return Fit(words, maxLength);
    }

    private static string Fit(List<string> words, int maxLength)
    {
        var slug = new StringBuilder();
        foreach (var w in words)
        {
            var needed = slug.Length == 0 ? w.Length : slug.Length + 1 + w.Length;
            if (needed > maxLength)
            {
                if (slug.Length == 0)
                {
                    slug.Append(w.AsSpan(0, maxLength));
                }

                break;
            }

            if (slug.Length > 0)
            {
                slug.Append('-');
            }

            slug.Append(w);
        }

        return slug.ToString();
    }
}
