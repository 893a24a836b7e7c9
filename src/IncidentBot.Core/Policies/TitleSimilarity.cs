using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Policies;

/// <summary>Finds an open incident whose title is nearly the same as a new one ("possibly related to INC-41").</summary>
public static class TitleSimilarity
{
    // Jaccard 3/5, kept as a fraction so that MinimumCommonWords is exact.
    private const int Numerator = 3;
    private const int Denominator = 5;
    public const double Threshold = (double)Numerator / Denominator;

    /// <summary>
    /// The number of the open incident whose title is closest to <paramref name="title"/>, if any is close, comparing
    /// with every one; <see cref="OpenTitleIndex"/> gives the same answer from the few that can be close.
    /// </summary>
    public static int? MostSimilar(string title, IEnumerable<OpenTitle> open) =>
        Best(Words(title), open.Select(i => (i.Number, StoredWords(i.Words))));

    /// <summary>The closest of <paramref name="candidates"/> at or above the threshold; the newest on a tie.</summary>
    public static int? Best(IReadOnlySet<string> words, IEnumerable<(int Number, IReadOnlySet<string> Words)> candidates)
    {
        int? best = null;
        var bestScore = 0.0;
        foreach (var (number, candidate) in candidates)
        {
            var score = Score(words, candidate);
            if (IsCloser(score, number, bestScore, best))
            {
                (best, bestScore) = (number, score);
            }
        }

        return best;
    }

    /// <summary>
    /// Whether a candidate scoring <paramref name="score"/> is similar enough and closer than the best so far
    /// (<paramref name="best"/>, null for none yet): a higher score, or the same score and a newer incident.
    /// </summary>
    public static bool IsCloser(double score, int number, double bestScore, int? best) =>
        score >= Threshold && (best is null || score > bestScore || (score == bestScore && number > best));

    /// <summary>The fewest words a title of <paramref name="count"/> words shares with any title similar to it.</summary>
    public static int MinimumCommonWords(int count) => MinimumCommonWords(count, Numerator, Denominator);

    /// <summary>
    /// The fewest words a title of <paramref name="count"/> words shares with any title scoring at least
    /// <paramref name="numerator"/>/<paramref name="denominator"/> against it: with c common words and the other
    /// title's b ≥ c, c / (count + b − c) ≥ n/d needs c ≥ n/d × count.
    /// </summary>
    public static int MinimumCommonWords(int count, int numerator, int denominator) =>
        ((numerator * count) + denominator - 1) / denominator;

    /// <summary>Jaccard similarity of the two titles' word sets, 0..1.</summary>
    public static double Score(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        return Jaccard(a.Count(b.Contains), a.Count, b.Count);
    }

    /// <summary>Jaccard similarity of two word sets of <paramref name="a"/> and <paramref name="b"/> words sharing <paramref name="common"/>.</summary>
    public static double Jaccard(int common, int a, int b) => (double)common / (a + b - common);

    /// <summary>The words of a title as stored beside it (<see cref="Key"/>).</summary>
    public static IReadOnlySet<string> StoredWords(string key) =>
        key.Split('-', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>A title's words, lowercased and transliterated, joined by dashes: computed once when the title is set.</summary>
    public static string Key(string title) => ChannelNamer.Slug(title, int.MaxValue);

    public static IReadOnlySet<string> Words(string title) =>
        ChannelNamer.Slug(title, int.MaxValue).Split('-', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
