using System.Text;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// What a reader typed in the search box, as the words it holds (letters and digits; everything else separates them,
/// so no operator or quote reaches either engine's query syntax). An incident matches when it holds every word.
/// </summary>
public sealed record SearchWords
{
    /// <summary>The most words one search uses; more are dropped.</summary>
    public const int MostWords = 12;

    private SearchWords(IReadOnlyList<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    /// <summary>The words of <paramref name="text"/>, or null when it holds none.</summary>
    public static SearchWords? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                if (words.Count < MostWords && !words.Contains(word.ToString(), StringComparer.Ordinal))
                {
                    words.Add(word.ToString());
                }

                word.Clear();
            }
        }

        return words.Count == 0 ? null : new SearchWords(words);
    }

    /// <summary>An FTS5 query: each word a quoted string, all of them required.</summary>
    public string ForFts5() => string.Join(' ', Words.Select(w => $"\"{w}\""));

    /// <summary>A websearch_to_tsquery query: the words separated by spaces, all of them required.</summary>
    public string ForTsQuery() => string.Join(' ', Words);
}
