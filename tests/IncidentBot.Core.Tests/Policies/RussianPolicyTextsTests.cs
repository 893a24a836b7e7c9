using IncidentBot.Core.Policies;
using IncidentBot.Core.Tests.Support;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Policies;

/// <summary>Refusals a person reads (a bad title, a bad back-dated time) and the severity list, in Russian.</summary>
[TestFixture]
public sealed class RussianPolicyTextsTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Test]
    public void Title_Empty_AsksForOne()
    {
        Assert.That(TitleRules.Validate(Words.Russian, "  ", out var problem), Is.Null);
        Assert.That(problem, Is.EqualTo("Укажите название инцидента."));
    }

    [TestCase(151, "В названии 151 символ, а допустимо не больше 150.")]
    [TestCase(152, "В названии 152 символа, а допустимо не больше 150.")]
    [TestCase(155, "В названии 155 символов, а допустимо не больше 150.")]
    public void Title_TooLong_CountsCharactersInTheirPluralForm(int length, string expected)
    {
        Assert.That(TitleRules.Validate(Words.Russian, new string('я', length), out var problem), Is.Null);
        Assert.That(problem, Is.EqualTo(expected));
    }

    [Test]
    public void Title_TooLong_InEnglish_StaysAsItWas()
    {
        TitleRules.Validate(Words.English, new string('x', 151), out var problem);
        Assert.That(problem, Is.EqualTo("The title is 151 characters; the limit is 150."));
    }

    [TestCase("@noon", 15, "«@noon» — не время. Укажите время как @ЧЧ:ММ в 24-часовом формате, например @14:05.")]
    [TestCase("@24:00", 15, "«@24:00» — не время суток: часы — от 00 до 23, минуты — от 00 до 59.")]
    [TestCase("@16:01", 15, "16:01 (Europe/Berlin) ещё не наступило; заметку можно датировать только более ранним временем сегодня.")]
    public void BackdatedTime_Refusals_AreRussian(string token, int utcHour, string expected)
    {
        var now = new DateTimeOffset(2026, 11, 22, utcHour, 0, 0, TimeSpan.Zero);

        Assert.That(BackdatedTime.TryParse(Words.Russian, token, Berlin, now, out _, out var problem), Is.False);
        Assert.That(problem, Is.EqualTo(expected));
    }

    [Test]
    public void BackdatedTime_SkippedByTheClocks_IsRussian()
    {
        var now = new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero);

        Assert.That(BackdatedTime.TryParse(Words.Russian, "@02:30", Berlin, now, out _, out var problem), Is.False);
        Assert.That(problem, Is.EqualTo("Сегодня в часовом поясе Europe/Berlin времени 02:30 нет: в этот момент часы переводят вперёд."));
    }

    [Test]
    public void SeverityKeys_AreJoinedWithOr_InRussian() =>
        Assert.That(TestLadder.Severities.DescribeKeys(Words.Russian), Is.EqualTo("sev0, sev1, sev2 или sev3"));
}
