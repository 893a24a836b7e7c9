using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Texts;

public sealed class WordsTests
{
    [TestCase(45, "45 s", "45 с")]
    [TestCase(180, "3 min", "3 мин")]
    [TestCase(3600, "1 h", "1 ч")]
    [TestCase(4320, "1 h 12 min", "1 ч 12 мин")]
    [TestCase(274000, "3 d 4 h", "3 д 4 ч")]
    public void Duration_IsSaidTheWayEachLanguageDoes(int seconds, string english, string russian)
    {
        Assert.That(Words.English.Duration(TimeSpan.FromSeconds(seconds)), Is.EqualTo(english));
        Assert.That(Words.Russian.Duration(TimeSpan.FromSeconds(seconds)), Is.EqualTo(russian));
    }

    [TestCase(1, "1 минута")]
    [TestCase(2, "2 минуты")]
    [TestCase(5, "5 минут")]
    [TestCase(21, "21 минута")]
    [TestCase(12, "12 минут")]
    public void Count_TakesTheRussianPluralForm(int count, string expected) =>
        Assert.That(Words.Russian.Count("unit.minutes", count), Is.EqualTo(expected));

    [Test]
    public void Date_InRussian_UsesTheGenitiveMonth() =>
        Assert.That(Words.Russian.Date(new DateTimeOffset(2026, 12, 2, 14, 35, 0, TimeSpan.Zero)), Is.EqualTo("2 декабря 2026"));

    [Test]
    public void Label_DefaultLabel_IsTranslatedByTheCatalogue()
    {
        var ladder = SeverityLadder.From(new IncidentBotOptions());

        Assert.That(Words.Russian.Label(ladder.All[0]), Is.EqualTo("Критический сбой"));
        Assert.That(Words.English.Label(ladder.All[0]), Is.EqualTo("Critical outage"));
    }

    [Test]
    public void Label_TeamsOwnLabel_StaysAsConfiguredUnlessGivenPerLanguage()
    {
        var options = new IncidentBotOptions();
        options.Severities["sev1"].Label = "Checkout down";
        options.Severities["sev2"].Label = "Slow";
        options.Severities["sev2"].Labels = new Dictionary<string, string> { ["ru"] = "Медленно" };
        var ladder = SeverityLadder.From(options);

        Assert.That(Words.Russian.Label(ladder.All.Single(s => s.Key == "sev1")), Is.EqualTo("Checkout down"));
        Assert.That(Words.Russian.Label(ladder.All.Single(s => s.Key == "sev2")), Is.EqualTo("Медленно"));
        Assert.That(Words.English.Label(ladder.All.Single(s => s.Key == "sev2")), Is.EqualTo("Slow"));
    }

    [Test]
    public void RoleName_DefaultsAreTranslatedAndConfiguredOnesKept()
    {
        var options = new IncidentBotOptions();
        options.Roles["lead"].Names = new Dictionary<string, string> { ["ru"] = "Техлид" };
        options.Roles["scribe"].Name = "Note taker";
        var roles = RoleCatalog.From(options);

        Assert.That(Words.Russian.RoleName(roles.Find("ic")!), Is.EqualTo("Командир инцидента"));
        Assert.That(Words.Russian.RoleName(roles.Find("lead")!), Is.EqualTo("Техлид"));
        Assert.That(Words.Russian.RoleName(roles.Find("scribe")!), Is.EqualTo("Note taker"));
        Assert.That(Words.Russian.RoleDuty(roles.Find("comms")!), Does.StartWith("Публикует обновления"));
        Assert.That(Words.Russian.RoleName(RoleCatalog.AddedCommander), Is.EqualTo("Командир инцидента"));
    }
}
