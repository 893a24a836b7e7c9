namespace IncidentBot.Core.Texts;

/// <summary>
/// Every word the bot shows people, by key and language. Texts name their placeholders (<c>{typed}</c>); an entry that
/// counts takes its form from the <c>count</c> argument by the language's plural rules.
/// </summary>
public interface ITextCatalogue
{
    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/> with its placeholders filled.</summary>
    /// <exception cref="KeyNotFoundException">The key is not in the catalogue, or an argument the text names is not given.</exception>
    string Text(Language language, string key, params (string Name, object? Value)[] args);

    /// <summary>Whether the catalogue has <paramref name="key"/> (for texts that exist for some subjects only).</summary>
    bool Has(string key);
}
