using IncidentBot.Core.Metrics;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Metrics;

public sealed class ReportPeriodTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [TestCase("", false, "2026-11")]
    [TestCase("monthly", false, "2026-11")]
    [TestCase("quarterly", true, "2026-Q3")]
    [TestCase("2026-02", false, "2026-02")]
    [TestCase("monthly 2025-12", false, "2025-12")]
    [TestCase("2026-q1", true, "2026-Q1")]
    [TestCase("QUARTERLY 2026-Q4", true, "2026-Q4")]
    public void TryParse_KnownForms_GiveThePeriod(string typed, bool quarterly, string name)
    {
        Assert.That(ReportPeriod.TryParse(typed, Now, out var period), Is.True);
        Assert.That((period.Quarterly, period.Name), Is.EqualTo((quarterly, name)));
    }

    [TestCase("weekly")]
    [TestCase("2026-13")]
    [TestCase("2026-Q5")]
    [TestCase("monthly 2026-Q1")]
    [TestCase("quarterly 2026-01")]
    [TestCase("2026-11 extra")]
    [TestCase("26-11")]
    public void TryParse_Anything_Else_IsRefused(string typed) => Assert.That(ReportPeriod.TryParse(typed, Now, out _), Is.False);

    [Test]
    public void Quarter_CoversThreeMonthsInUtc()
    {
        var q3 = ReportPeriod.Quarter(2026, 3);

        Assert.That((q3.From, q3.To), Is.EqualTo((new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero))));
    }
}
