using IncidentBot.Core.Incidents;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Incidents;

public sealed class ActionItemDeadlineTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;
    private static readonly DateTimeOffset Friday = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [TestCase(0, "2026-11-20 10:00")]
    [TestCase(1, "2026-11-23 10:00")]
    [TestCase(5, "2026-11-27 10:00")]
    [TestCase(6, "2026-11-30 10:00")]
    public void AddBusinessDays_FromAFriday_SkipsTheWeekend(int days, string expected) =>
        Assert.That(ActionItemDeadline.AddBusinessDays(Friday, days, Utc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(expected));

    [Test]
    public void AddBusinessDays_FromASaturday_OneIsMonday() =>
        Assert.That(ActionItemDeadline.AddBusinessDays(Friday.AddDays(1), 1, Utc), Is.EqualTo(Friday.AddDays(3)));

    [Test]
    public void AddBusinessDays_InAZone_CountsItsWeekdays()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var fridayNightUtc = new DateTimeOffset(2026, 11, 20, 20, 0, 0, TimeSpan.Zero); // Saturday 05:00 in Tokyo

        Assert.That(ActionItemDeadline.AddBusinessDays(fridayNightUtc, 1, zone), Is.EqualTo(fridayNightUtc.AddDays(2)), "Monday 05:00 in Tokyo");
        Assert.That(ActionItemDeadline.AddBusinessDays(fridayNightUtc, 1, Utc), Is.EqualTo(fridayNightUtc.AddDays(3)), "Monday 20:00 in UTC");
    }

    [Test]
    public void IsOverdue_WithoutDueDate_AfterTheBusinessDaysPass()
    {
        var item = Item(null);

        Assert.That(ActionItemDeadline.IsOverdue(item, Friday.AddDays(7), 5, Utc), Is.False, "due Friday 10:00, it is Friday 10:00");
        Assert.That(ActionItemDeadline.IsOverdue(item, Friday.AddDays(7).AddMinutes(1), 5, Utc), Is.True);
        Assert.That(ActionItemDeadline.IsOverdue(item with { State = ActionItemState.Done }, Friday.AddDays(30), 5, Utc), Is.False);
    }

    [Test]
    public void IsOverdue_WithDueDate_FromTheDayAfter_WhateverTheBusinessDays()
    {
        var item = Item(new DateOnly(2026, 12, 10));

        Assert.That(ActionItemDeadline.IsOverdue(item, new DateTimeOffset(2026, 12, 10, 23, 0, 0, TimeSpan.Zero), 1, Utc), Is.False);
        Assert.That(ActionItemDeadline.IsOverdue(item, new DateTimeOffset(2026, 12, 11, 0, 1, 0, TimeSpan.Zero), 1, Utc), Is.True);
    }

    private static ActionItem Item(DateOnly? due) => new(1, 7, 1, "Add a canary", "U2", due, "p1", ActionItemState.Open, "U1", Friday);
}
