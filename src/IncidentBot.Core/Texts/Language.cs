using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IncidentBot.Core.Texts;

/// <summary>A language the bot speaks: its catalogue, its plural rules and its culture for numbers and dates.</summary>
public sealed record Language
{
    public static readonly Language English = new("en", PluralRules.English);
    public static readonly Language Russian = new("ru", PluralRules.Russian);

    /// <summary>Every language with a shipped catalogue; English first, the reference the others are checked against.</summary>
    public static IReadOnlyList<Language> All { get; } = [English, Russian];

    private Language(string code, PluralRules plurals)
    {
        Code = code;
        Plurals = plurals;
        Culture = CultureInfo.GetCultureInfo(code);
    }

    /// <summary>The two-letter code: <c>en</c>, <c>ru</c>.</summary>
    public string Code { get; }

    public PluralRules Plurals { get; }

    public CultureInfo Culture { get; }

    /// <summary>A language by its code, in any case: <c>en</c>, <c>RU</c>.</summary>
    public static bool TryParse(string? code, [NotNullWhen(true)] out Language? language)
    {
        language = All.FirstOrDefault(l => string.Equals(l.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
        return language is not null;
    }

    /// <summary>The language of a locale such as Slack's <c>ru-RU</c> or <c>en-US</c>; null when the bot does not speak it.</summary>
    public static Language? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var cut = locale.IndexOfAny(['-', '_']);
        return TryParse(cut < 0 ? locale : locale[..cut], out var language) ? language : null;
    }

    public override string ToString() => Code;
}
