using System.Text.RegularExpressions;

namespace IncidentBot.Core.Texts;

/// <summary>One catalogue entry: a single text, or (for an entry that counts) one text per plural form.</summary>
public sealed partial record TextEntry(string? Text, IReadOnlyDictionary<PluralCategory, string>? Forms)
{
    public bool Counts => Forms is not null;

    /// <summary>The placeholders the entry's texts name, across all of its forms.</summary>
    public IReadOnlySet<string> Placeholders =>
        (Forms?.Values ?? [Text!]).SelectMany(t => Placeholder().Matches(t).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>A placeholder: <c>{name}</c>, letters, digits and underscores, starting with a letter.</summary>
    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_]*)\}")]
    public static partial Regex Placeholder();
}
