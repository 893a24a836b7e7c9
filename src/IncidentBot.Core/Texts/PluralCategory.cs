namespace IncidentBot.Core.Texts;

/// <summary>The plural forms a language tells apart (CLDR's names); each catalogue entry that counts gives one text per form.</summary>
public enum PluralCategory
{
    One,
    Few,
    Many,
    Other,
}
