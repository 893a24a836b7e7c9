using System.Globalization;
using System.Text.Json;

namespace IncidentBot.Core.Texts;

/// <summary>
/// The catalogues shipped inside Core, one JSON file per language (<c>Texts/en.json</c>, <c>Texts/ru.json</c>), keys grouped
/// by surface (<c>help.*</c>, <c>command.*</c>). An entry is a string, or an object of plural forms
/// (<c>{"one": "{count} minute", "other": "{count} minutes"}</c>).
/// </summary>
public sealed class TextCatalogue : ITextCatalogue
{
    private readonly IReadOnlyDictionary<Language, IReadOnlyDictionary<string, TextEntry>> _entries;

    public TextCatalogue(IReadOnlyDictionary<Language, IReadOnlyDictionary<string, TextEntry>> entries) => _entries = entries;

    /// <summary>The catalogues built into this assembly, read once.</summary>
    public static TextCatalogue Shipped { get; } = new(Language.All.ToDictionary(l => l, Load));

    public IReadOnlyDictionary<string, TextEntry> Entries(Language language) =>
        _entries.GetValueOrDefault(language) ?? new Dictionary<string, TextEntry>();

    public bool Has(string key) => Entries(Language.English).ContainsKey(key);

    public string Text(Language language, string key, params (string Name, object? Value)[] args)
    {
        ArgumentNullException.ThrowIfNull(language);
        var entry = Entries(language).GetValueOrDefault(key)
            ?? throw new KeyNotFoundException($"The {language} catalogue has no text \"{key}\".");
        var text = entry.Forms is { } forms ? forms[language.Plurals.For(Count(key, args))] : entry.Text!;
        return TextEntry.Placeholder().Replace(text, m => Format(language, key, m.Groups[1].Value, args));
    }

    private static decimal Count(string key, (string Name, object? Value)[] args)
    {
        foreach (var (name, value) in args)
        {
            if (name == "count" && value is IConvertible number)
            {
                return number.ToDecimal(CultureInfo.InvariantCulture);
            }
        }

        throw new KeyNotFoundException($"The text \"{key}\" counts, so it needs a numeric \"count\" argument.");
    }

    private static string Format(Language language, string key, string placeholder, (string Name, object? Value)[] args)
    {
        foreach (var (name, value) in args)
        {
            if (name == placeholder)
            {
                return value is IFormattable formattable ? formattable.ToString(null, language.Culture) : value?.ToString() ?? "";
            }
        }

        throw new KeyNotFoundException($"The text \"{key}\" names {{{placeholder}}}, which was not given.");
    }

    private static IReadOnlyDictionary<string, TextEntry> Load(Language language)
    {
        var name = $"IncidentBot.Core.Texts.{language.Code}.json";
        using var stream = typeof(TextCatalogue).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The {language} catalogue ({name}) is not built in.");
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Entry(language, p), StringComparer.Ordinal);
    }

    private static TextEntry Entry(Language language, JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => new TextEntry(property.Value.GetString()!, null),
        JsonValueKind.Object => new TextEntry(null, property.Value.EnumerateObject().ToDictionary(
            f => Enum.TryParse<PluralCategory>(f.Name, ignoreCase: true, out var form) ? form
                : throw new InvalidOperationException($"The {language} text \"{property.Name}\" has an unknown plural form \"{f.Name}\"."),
            f => f.Value.GetString() ?? "")),
        _ => throw new InvalidOperationException($"The {language} text \"{property.Name}\" is neither a string nor plural forms."),
    };
}
