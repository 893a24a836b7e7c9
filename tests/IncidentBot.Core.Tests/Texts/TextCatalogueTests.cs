using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Texts;

public sealed class TextCatalogueTests
{
    [Test]
    public void Shipped_EveryLanguage_HasTheSameKeysPlaceholdersAndPluralForms() =>
        Assert.That(CatalogueCheck.Problems(TextCatalogue.Shipped), Is.Empty);

    [Test]
    public void Shipped_EveryLanguage_HasTexts()
    {
        foreach (var language in Language.All)
        {
            Assert.That(TextCatalogue.Shipped.Entries(language), Has.Count.GreaterThan(10), $"{language} catalogue");
        }
    }

    [Test]
    public void Check_MissingExtraAndDifferentPlaceholders_AreEachNamed()
    {
        var catalogue = new TextCatalogue(new Dictionary<Language, IReadOnlyDictionary<string, TextEntry>>
        {
            [Language.English] = new Dictionary<string, TextEntry>
            {
                ["a"] = Single("Hello {name}"),
                ["b"] = Single("Bye"),
                ["n"] = new(null, new Dictionary<PluralCategory, string> { [PluralCategory.One] = "{count} x", [PluralCategory.Other] = "{count} xs" }),
            },
            [Language.Russian] = new Dictionary<string, TextEntry>
            {
                ["a"] = Single("Привет {person}"),
                ["c"] = Single("Лишнее"),
                ["n"] = new(null, new Dictionary<PluralCategory, string> { [PluralCategory.One] = "{count} х", [PluralCategory.Many] = "{count} хов" }),
            },
        });

        var problems = CatalogueCheck.Problems(catalogue);

        Assert.That(problems, Has.Some.Contains("ru: \"b\" is missing"));
        Assert.That(problems, Has.Some.Contains("ru: \"c\" is not in English"));
        Assert.That(problems, Has.Some.Contains("ru: \"a\" names {person}, English {name}"));
        Assert.That(problems, Has.Some.Contains("ru: \"n\" gives the forms"));
        Assert.That(problems, Has.Count.EqualTo(4));
    }

    [Test]
    public void Text_NamedPlaceholders_AreFilledInAnyOrder() =>
        Assert.That(TextCatalogue.Shipped.Text(Language.English, "command.unknown", ("names", "`help`"), ("hint", ""), ("typed", "xyzzy")),
            Does.StartWith("I don't know `/incident xyzzy`.\nCommands: `help`."));

    [Test]
    public void Text_MissingArgument_Throws() =>
        Assert.That(() => TextCatalogue.Shipped.Text(Language.Russian, "command.did_you_mean"), Throws.TypeOf<KeyNotFoundException>());

    [Test]
    public void Text_UnknownKey_Throws() =>
        Assert.That(() => TextCatalogue.Shipped.Text(Language.English, "no.such.key"), Throws.TypeOf<KeyNotFoundException>());

    [TestCase("ru-RU", "ru")]
    [TestCase("ru", "ru")]
    [TestCase("en-US", "en")]
    [TestCase("EN_gb", "en")]
    public void FromLocale_SpokenLanguage_IsFound(string locale, string code) =>
        Assert.That(Language.FromLocale(locale)?.Code, Is.EqualTo(code));

    [TestCase("de-DE")]
    [TestCase("")]
    [TestCase(null)]
    public void FromLocale_UnspokenOrNone_IsNull(string? locale) => Assert.That(Language.FromLocale(locale), Is.Null);

    private static TextEntry Single(string text) => new(text, null);
}
