namespace IncidentBot.Core.Texts;

/// <summary>
/// What is wrong with a set of catalogues, measured against English: a key missing or extra, a placeholder one
/// language names and another does not, an entry that counts in one language only, or plural forms that are not
/// exactly the ones the language's rules pick from.
/// </summary>
public static class CatalogueCheck
{
    public static IReadOnlyList<string> Problems(TextCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var reference = catalogue.Entries(Language.English);
        var problems = new List<string>();
        foreach (var language in Language.All)
        {
            var entries = catalogue.Entries(language);
            problems.AddRange(reference.Keys.Except(entries.Keys).Select(k => $"{language}: \"{k}\" is missing"));
            problems.AddRange(entries.Keys.Except(reference.Keys).Select(k => $"{language}: \"{k}\" is not in English"));
            foreach (var (key, entry) in entries)
            {
                problems.AddRange(EntryProblems(language, key, entry, reference.GetValueOrDefault(key)));
            }
        }

        return problems;
    }

    private static IEnumerable<string> EntryProblems(Language language, string key, TextEntry entry, TextEntry? english)
    {
        if (entry.Forms is { } forms && !forms.Keys.Order().SequenceEqual(language.Plurals.Categories.Order()))
        {
            yield return $"{language}: \"{key}\" gives the forms {string.Join('/', forms.Keys)}, not {string.Join('/', language.Plurals.Categories)}";
        }

        if (english is null)
        {
            yield break;
        }

        if (entry.Counts != english.Counts)
        {
            yield return $"{language}: \"{key}\" {(entry.Counts ? "counts" : "does not count")} and English {(english.Counts ? "does" : "does not")}";
        }

        if (!entry.Placeholders.SetEquals(english.Placeholders))
        {
            yield return $"{language}: \"{key}\" names {{{string.Join("}, {", entry.Placeholders.Order())}}}, " +
                $"English {{{string.Join("}, {", english.Placeholders.Order())}}}";
        }
    }
}
