using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Policies;

/// <summary>Finds an open incident whose title is nearly the same as a new one ("possibly related to INC-41").</summary>
public static class TitleSimilarity
{
    private const double Threshold = 0.6;

    /// <summary>The number of the open incident whose title is closest to <paramref name="title"/>, if any is close.</summary>
    public static int? MostSimilar(string title, IEnumerable<OpenTitle> open)
    {
        var words = Words(title);
        return open
            .Select(i => (i.Number, Score: Score(words, StoredWords(i.Words))))
            .Where(x => x.Score >= Threshold)
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Number)
            .Select(x => (int?)x.Number)
            .FirstOrDefault();
    }

    /// <summary>Jaccard similarity of the two titles' word sets, 0..1.</summary>
    public static double Score(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    /// <summary>The words of a title as stored beside it (<see cref="Key"/>).</summary>
    public static IReadOnlySet<string> StoredWords(string key) =>
        key.Split('-', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>A title's words, lowercased and transliterated, joined by dashes: computed once when the title is set.</summary>
    public static string Key(string title) => ChannelNamer.Slug(title, int.MaxValue);

    public static IReadOnlySet<string> Words(string title) =>
        ChannelNamer.Slug(title, int.MaxValue).Split('-', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
