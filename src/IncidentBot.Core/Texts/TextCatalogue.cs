using System.Globalization;
using System.Text.Json;

namespace IncidentBot.Core.Texts;

/// <summary>
/// The catalogues shipped inside Core, one folder per language and one JSON file per surface (<c>Texts/en/brief.json</c>,
/// <c>Texts/ru/brief.json</c>), keys prefixed by their surface (<c>brief.*</c>, <c>command.*</c>). An entry is a string, or an object of plural forms
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
        // Every file in the language's folder (Texts/ru/*.json); a key given twice is a mistake, not an override.
        var prefix = $"IncidentBot.Core.Texts.{language.Code}/";
        var assembly = typeof(TextCatalogue).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            throw new InvalidOperationException($"The {language} catalogue (Texts/{language.Code}/*.json) is not built in.");
        }

        var entries = new Dictionary<string, TextEntry>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (!entries.TryAdd(property.Name, Entry(language, property)))
                {
                    throw new InvalidOperationException($"The {language} text \"{property.Name}\" is given twice (again in {name[prefix.Length..]}).");
                }
            }
        }

        return entries;
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
