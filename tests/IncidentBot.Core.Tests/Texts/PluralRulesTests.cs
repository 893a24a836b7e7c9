using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Texts;

public sealed class PluralRulesTests
{
    [TestCase(1, PluralCategory.One)]
    [TestCase(21, PluralCategory.One)]
    [TestCase(101, PluralCategory.One)]
    [TestCase(2, PluralCategory.Few)]
    [TestCase(4, PluralCategory.Few)]
    [TestCase(22, PluralCategory.Few)]
    [TestCase(0, PluralCategory.Many)]
    [TestCase(5, PluralCategory.Many)]
    [TestCase(11, PluralCategory.Many)]
    [TestCase(12, PluralCategory.Many)]
    [TestCase(14, PluralCategory.Many)]
    [TestCase(111, PluralCategory.Many)]
    [TestCase(25, PluralCategory.Many)]
    public void Russian_WholeNumbers_TakeOneFewOrMany(int count, PluralCategory expected) =>
        Assert.That(PluralRules.Russian.For(count), Is.EqualTo(expected));

    [Test]
    public void Russian_Fraction_TakesOther() => Assert.That(PluralRules.Russian.For(1.5m), Is.EqualTo(PluralCategory.Other));

    [TestCase(1, PluralCategory.One)]
    [TestCase(0, PluralCategory.Other)]
    [TestCase(2, PluralCategory.Other)]
    [TestCase(21, PluralCategory.Other)]
    public void English_OnlyOneIsSingular(int count, PluralCategory expected) =>
        Assert.That(PluralRules.English.For(count), Is.EqualTo(expected));

    [TestCase(1, "1 минута")]
    [TestCase(2, "2 минуты")]
    [TestCase(5, "5 минут")]
    [TestCase(11, "11 минут")]
    [TestCase(21, "21 минута")]
    [TestCase(24, "24 минуты")]
    public void Text_RussianMinutes_TakeTheRightForm(int count, string expected) =>
        Assert.That(TextCatalogue.Shipped.Text(Language.Russian, "unit.minutes", ("count", count)), Is.EqualTo(expected));

    [TestCase(1, "1 инцидент")]
    [TestCase(3, "3 инцидента")]
    [TestCase(12, "12 инцидентов")]
    public void Text_RussianIncidents_TakeTheRightForm(int count, string expected) =>
        Assert.That(TextCatalogue.Shipped.Text(Language.Russian, "unit.incidents", ("count", count)), Is.EqualTo(expected));

    [TestCase(1, "1 minute")]
    [TestCase(2, "2 minutes")]
    [TestCase(21, "21 minutes")]
    public void Text_EnglishMinutes_TakeTheRightForm(int count, string expected) =>
        Assert.That(TextCatalogue.Shipped.Text(Language.English, "unit.minutes", ("count", count)), Is.EqualTo(expected));
}
