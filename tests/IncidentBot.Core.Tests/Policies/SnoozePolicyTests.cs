using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using NUnit.Framework;
using static IncidentBot.Core.Tests.Policies.PolicyFixtures;

namespace IncidentBot.Core.Tests.Policies;

public sealed class SnoozePolicyTests
{
    [TestCase("30m", 1800)]
    [TestCase("1h", 3600)]
    [TestCase("90s", 90)]
    [TestCase("15 min", 900)]
    [TestCase("2 hours", 7200)]
    public void ParseDuration_Valid_ReturnsIt(string text, int seconds) =>
        Assert.That(SnoozePolicy.ParseDuration(text), Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    [TestCase("")]
    [TestCase("soon")]
    [TestCase("0m")]
    [TestCase("-5m")]
    [TestCase("30")]
    [TestCase("3d")]
    public void ParseDuration_Invalid_ReturnsNull(string text) => Assert.That(SnoozePolicy.ParseDuration(text), Is.Null);

    [Test]
    public void Decide_WithinOneCadence_DelaysTheRegularDueTime()
    {
        var decision = SnoozePolicy.Decide(Incident(), Sev1(), State(), TimeSpan.FromMinutes(20), At(10));

        Assert.That(decision.Allowed, Is.True);
        Assert.That(decision.Until, Is.EqualTo(At(50)));
    }

    [Test]
    public void Decide_WhenTheReminderIsOverdue_DelaysFromNow() =>
        Assert.That(SnoozePolicy.Decide(Incident(), Sev1(), State(), TimeSpan.FromMinutes(10), At(40)).Until, Is.EqualTo(At(50)));

    [Test]
    public void Decide_LongerThanOneCadence_IsRefused() =>
        Assert.That(SnoozePolicy.Decide(Incident(), Sev1(), State(), TimeSpan.FromMinutes(31), At(10)).Refusal, Is.EqualTo(SnoozeRefusal.TooLong));

    [Test]
    public void Decide_AlreadySnoozed_IsRefusedWithTheCurrentSnooze()
    {
        var state = State() with { AnchorAt = Declared, SnoozedUntil = At(50) };

        var decision = SnoozePolicy.Decide(Incident(), Sev1(), state, TimeSpan.FromMinutes(5), At(10));

        Assert.That(decision.Refusal, Is.EqualTo(SnoozeRefusal.AlreadySnoozed));
        Assert.That(decision.Until, Is.EqualTo(At(50)));
    }

    [Test]
    public void Decide_SnoozeFromBeforeTheLastUpdate_NoLongerCounts()
    {
        var state = State() with { AnchorAt = Declared, SnoozedUntil = At(50) };

        var decision = SnoozePolicy.Decide(Incident(lastUpdate: At(20), updates: 1), Sev1(), state, TimeSpan.FromMinutes(5), At(21));

        Assert.That(decision.Until, Is.EqualTo(At(55)));
    }

    [Test]
    public void Decide_NoCadenceOrResolved_IsRefused()
    {
        Assert.That(SnoozePolicy.Decide(Incident(), Sev3(), State(), TimeSpan.FromMinutes(5), At(1)).Refusal, Is.EqualTo(SnoozeRefusal.NoCadence));
        Assert.That(SnoozePolicy.Decide(Incident(IncidentStatus.Resolved), Sev1(), State(), TimeSpan.FromMinutes(5), At(1)).Refusal,
            Is.EqualTo(SnoozeRefusal.Resolved));
    }

    [Test]
    public void ButtonDelay_IsThirtyMinutesOrOneCadence()
    {
        Assert.That(SnoozePolicy.ButtonDelay(TimeSpan.FromMinutes(60)), Is.EqualTo(TimeSpan.FromMinutes(30)));
        Assert.That(SnoozePolicy.ButtonDelay(TimeSpan.FromSeconds(3)), Is.EqualTo(TimeSpan.FromSeconds(3)));
    }
}
