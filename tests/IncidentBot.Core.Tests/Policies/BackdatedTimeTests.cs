using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Policies;

[TestFixture]
public sealed class BackdatedTimeTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Test]
    public void TryParse_EarlierToday_IsThatLocalTimeInUtc()
    {
        var now = new DateTimeOffset(2026, 11, 22, 15, 0, 0, TimeSpan.Zero); // 16:00 in Berlin

        Assert.That(BackdatedTime.TryParse(Words.English, "@14:05", Berlin, now, out var at, out _), Is.True);
        Assert.That(at, Is.EqualTo(new DateTimeOffset(2026, 11, 22, 13, 5, 0, TimeSpan.Zero)));
    }

    [Test]
    public void TryParse_TodayIsTheZonesToday_NotUtcs()
    {
        var now = new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero); // already 00:30 on the 23rd in Berlin

        Assert.That(BackdatedTime.TryParse(Words.English, "@00:10", Berlin, now, out var at, out _), Is.True);
        Assert.That(at, Is.EqualTo(new DateTimeOffset(2026, 11, 22, 23, 10, 0, TimeSpan.Zero)));
    }

    [TestCase("@16:01", "in the future")]
    [TestCase("@24:00", "not a time of day")]
    [TestCase("@12:60", "not a time of day")]
    [TestCase("@noon", "is not a time")]
    [TestCase("@1405", "is not a time")]
    [TestCase("@14:5", "is not a time")]
    public void TryParse_FutureOrMalformed_IsRefusedWithAReason(string token, string reason)
    {
        var now = new DateTimeOffset(2026, 11, 22, 15, 0, 0, TimeSpan.Zero);

        Assert.That(BackdatedTime.TryParse(Words.English, token, Berlin, now, out _, out var problem), Is.False);
        Assert.That(problem, Does.Contain(reason));
    }

    [Test]
    public void TryParse_TimeTheClocksSkip_IsRefused()
    {
        var now = new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero); // Berlin skips 02:00–03:00 that day

        Assert.That(BackdatedTime.TryParse(Words.English, "@02:30", Berlin, now, out _, out var problem), Is.False);
        Assert.That(problem, Does.Contain("skip"));
    }

    [Test]
    public void TryParse_TimeThatHappensTwice_IsTheFirst()
    {
        var now = new DateTimeOffset(2026, 10, 25, 12, 0, 0, TimeSpan.Zero); // Berlin repeats 02:00–03:00 that day

        Assert.That(BackdatedTime.TryParse(Words.English, "@02:30", Berlin, now, out var at, out _), Is.True);
        Assert.That(at, Is.EqualTo(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero)));
    }
}
