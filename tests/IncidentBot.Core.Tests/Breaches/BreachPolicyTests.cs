using IncidentBot.Core.Breaches;
using IncidentBot.Core.Configuration;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Breaches;

public sealed class BreachPolicyTests
{
    private static readonly DateTimeOffset Declared = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly BreachClock Clock = BreachClock.Of(new IncidentBotOptions(), "security")!;

    private static BreachState Fresh => new() { IncidentId = 1 };

    [Test]
    public void Of_DefaultSecurityType_Is72HoursWithReminders24_48_66()
    {
        Assert.That(Clock.NotifyAfter, Is.EqualTo(TimeSpan.FromHours(72)));
        Assert.That(Clock.Reminders, Is.EqualTo(new[] { TimeSpan.FromHours(24), TimeSpan.FromHours(48), TimeSpan.FromHours(66) }));
        Assert.That(BreachClock.Of(new IncidentBotOptions(), "default"), Is.Null, "the default type has no clock");
        Assert.That(BreachClock.Of(new IncidentBotOptions(), "SECURITY"), Is.Not.Null, "type keys match whatever their case");
    }

    [Test]
    public void Of_MarksAtOrAfterTheDeadline_AreDropped()
    {
        var options = new IncidentBotOptions();
        options.Types["security"].BreachNotifyAfter = TimeSpan.FromHours(10);
        options.Types["security"].BreachContact = " U9 ";

        var clock = BreachClock.Of(options, "security")!;

        Assert.That(clock.Reminders, Is.Empty);
        Assert.That(clock.Contact, Is.EqualTo("U9"));
    }

    [Test]
    public void NextDue_ThroughTheMarks_ThenTheDeadline_ThenNothing()
    {
        Assert.That(BreachPolicy.NextDue(Clock, Declared, Fresh), Is.EqualTo(Declared.AddHours(24)));
        Assert.That(BreachPolicy.NextDue(Clock, Declared, Fresh with { RemindersSent = 2 }), Is.EqualTo(Declared.AddHours(66)));
        Assert.That(BreachPolicy.NextDue(Clock, Declared, Fresh with { RemindersSent = 3 }), Is.EqualTo(Declared.AddHours(72)));
        Assert.That(BreachPolicy.NextDue(Clock, Declared, Fresh with { RemindersSent = 3, DeadlineAnnouncedAt = Declared.AddHours(72) }), Is.Null);
    }

    [TestCase(BreachDecision.Notified)]
    [TestCase(BreachDecision.NotRequired)]
    public void NextDue_DecisionRecorded_StopsTheClock(BreachDecision decision) =>
        Assert.That(BreachPolicy.NextDue(Clock, Declared, Fresh with { Decision = decision }), Is.Null);

    [Test]
    public void Due_BeforeTheFirstMark_IsNothing() =>
        Assert.That(BreachPolicy.Due(Clock, Declared, Fresh, Declared.AddHours(23.9)), Is.Null);

    [Test]
    public void Due_AtTheFirstMark_IsReminderOne() =>
        Assert.That(BreachPolicy.Due(Clock, Declared, Fresh, Declared.AddHours(24)), Is.EqualTo(new BreachAlarm(false, 1, Declared.AddHours(72))));

    [Test]
    public void Due_SeveralMarksMissedWhileDown_IsOneReminderForTheLatest() =>
        Assert.That(BreachPolicy.Due(Clock, Declared, Fresh, Declared.AddHours(50)), Is.EqualTo(new BreachAlarm(false, 2, Declared.AddHours(72))));

    [Test]
    public void Due_PastTheDeadlineWithRemindersLeft_IsTheDeadlineOnly() =>
        Assert.That(BreachPolicy.Due(Clock, Declared, Fresh with { RemindersSent = 1 }, Declared.AddHours(80)),
            Is.EqualTo(new BreachAlarm(true, 3, Declared.AddHours(72))));
}
