using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using NUnit.Framework;
using static IncidentBot.Core.Tests.Policies.PolicyFixtures;

namespace IncidentBot.Core.Tests.Policies;

public sealed class CadencePolicyTests
{
    [Test]
    public void NextReminder_NoUpdateYet_IsOneCadenceAfterDeclaring() =>
        Assert.That(CadencePolicy.NextReminder(Incident(), Sev1(), State()), Is.EqualTo(At(30)));

    [Test]
    public void NextReminder_AfterAnUpdate_IsOneCadenceAfterTheUpdate() =>
        Assert.That(CadencePolicy.NextReminder(Incident(lastUpdate: At(20), updates: 1), Sev1(), State()), Is.EqualTo(At(50)));

    [Test]
    public void NextReminder_SecondScaleCadence_IsHonouredToTheSecond() =>
        Assert.That(CadencePolicy.NextReminder(Incident(), Sev1(TimeSpan.FromSeconds(3)), State()), Is.EqualTo(Declared.AddSeconds(3)));

    [Test]
    public void NextReminder_AfterAReminder_IsOneCadenceAfterIt()
    {
        var state = State() with { AnchorAt = Declared, Missed = 1, LastReminderAt = At(31) };

        Assert.That(CadencePolicy.NextReminder(Incident(), Sev1(), state), Is.EqualTo(At(61)));
    }

    [Test]
    public void NextReminder_RemindersCountedForAnOlderAnchor_AreIgnoredAfterAnUpdate()
    {
        var state = State() with { AnchorAt = Declared, Missed = 2, LastReminderAt = At(61) };

        Assert.That(CadencePolicy.NextReminder(Incident(lastUpdate: At(65), updates: 1), Sev1(), state), Is.EqualTo(At(95)));
    }

    [Test]
    public void NextReminder_AfterReopening_RestartsFromTheReopening()
    {
        var state = State() with { AnchorAt = At(20), LastReminderAt = At(50), Missed = 1, ReopenedAt = At(120) };

        Assert.That(CadencePolicy.NextReminder(Incident(lastUpdate: At(20), updates: 1), Sev1(), state), Is.EqualTo(At(150)));
    }

    [Test]
    public void NextReminder_UpdatePromisedSooner_IsDueThen()
    {
        var state = State() with { AnchorAt = At(10), PromisedAt = At(25) };

        Assert.That(CadencePolicy.NextReminder(Incident(lastUpdate: At(10), updates: 1), Sev1(), state), Is.EqualTo(At(25)));
    }

    [Test]
    public void NextReminder_UpdatePromisedLaterThanTheCadence_KeepsTheCadence()
    {
        var state = State() with { AnchorAt = At(10), PromisedAt = At(90) };

        Assert.That(CadencePolicy.NextReminder(Incident(lastUpdate: At(10), updates: 1), Sev1(), state), Is.EqualTo(At(40)));
    }

    [Test]
    public void NextReminder_Snoozed_IsTheSnoozeTime()
    {
        var state = State() with { AnchorAt = Declared, SnoozedUntil = At(45) };

        Assert.That(CadencePolicy.NextReminder(Incident(), Sev1(), state), Is.EqualTo(At(45)));
    }

    [Test]
    public void NextReminder_Resolved_IsNone() =>
        Assert.That(CadencePolicy.NextReminder(Incident(IncidentStatus.Resolved), Sev1(), State()), Is.Null);

    [Test]
    public void NextReminder_SeverityWithoutCadence_IsNone() =>
        Assert.That(CadencePolicy.NextReminder(Incident(), Sev3(), State()), Is.Null);

    [Test]
    public void UpdateDue_NoUpdateYet_IsOneCadenceAfterDeclaring() =>
        Assert.That(CadencePolicy.UpdateDue(Incident(), Sev1(), State()), Is.EqualTo(At(30)));

    [Test]
    public void UpdateDue_Snoozed_IsTheSnoozeTime()
    {
        var state = State() with { AnchorAt = Declared, SnoozedUntil = At(45) };

        Assert.That(CadencePolicy.UpdateDue(Incident(), Sev1(), state), Is.EqualTo(At(45)));
    }

    [Test]
    public void UpdateDue_SnoozedAfterAReminder_IsTheSnoozeTime()
    {
        var state = State() with { AnchorAt = Declared, Missed = 1, LastReminderAt = At(30), SnoozedUntil = At(50) };

        Assert.That(CadencePolicy.UpdateDue(Incident(), Sev1(), state), Is.EqualTo(At(50)));
    }

    [Test]
    public void UpdateDue_AfterAReminder_StaysWhenItWasDue()
    {
        var state = State() with { AnchorAt = Declared, Missed = 2, LastReminderAt = At(61) };

        Assert.That(CadencePolicy.UpdateDue(Incident(), Sev1(), state), Is.EqualTo(At(30)));
    }

    [Test]
    public void UpdateDue_UpdatePromisedSooner_IsDueThen()
    {
        var state = State() with { AnchorAt = At(10), PromisedAt = At(25) };

        Assert.That(CadencePolicy.UpdateDue(Incident(lastUpdate: At(10), updates: 1), Sev1(), state), Is.EqualTo(At(25)));
    }

    [Test]
    public void UpdateDue_AfterReopening_IsOneCadenceAfterTheReopening()
    {
        var state = State() with { AnchorAt = At(20), SnoozedUntil = At(70), ReopenedAt = At(120) };

        Assert.That(CadencePolicy.UpdateDue(Incident(lastUpdate: At(20), updates: 1), Sev1(), state), Is.EqualTo(At(150)));
    }

    [Test]
    public void UpdateDue_ResolvedOrWithoutCadence_IsNone()
    {
        Assert.That(CadencePolicy.UpdateDue(Incident(IncidentStatus.Resolved), Sev1(), State()), Is.Null);
        Assert.That(CadencePolicy.UpdateDue(Incident(), Sev3(), State()), Is.Null);
    }

    [TestCase(-600, true)]
    [TestCase(400, true)]
    [TestCase(600, false)]
    public void IsDue_WithinHalfASecondOfNow_Counts(int dueInMs, bool expected)
    {
        var now = At(30);

        Assert.That(CadencePolicy.IsDue(now.AddMilliseconds(dueInMs), now), Is.EqualTo(expected));
    }

    [Test]
    public void BriefDue_AfterAQuickUpdateWhileTheAssessmentIsOutstanding_StillTheAssessmentsDueTime()
    {
        var quick = Incident(updates: 1, lastUpdate: Declared.AddMinutes(2));

        Assert.That(CadencePolicy.BriefDue(quick, Sev1(), State()), Is.EqualTo(Declared.AddMinutes(15)));
        Assert.That(CadencePolicy.BriefDue(quick, Sev1(), State() with { AssessedAt = Declared.AddMinutes(5) }), Is.EqualTo(Declared.AddMinutes(32)),
            "once assessed, the cadence from the last update");
    }

    [Test]
    public void BriefDue_InitialAssessmentNotYetPosted_IsFifteenMinutesAfterDeclaring()
    {
        Assert.That(CadencePolicy.BriefDue(Incident(), Sev1(), State()), Is.EqualTo(Declared.AddMinutes(15)));
        Assert.That(CadencePolicy.BriefDue(Incident(), Sev1(cadence: TimeSpan.FromMinutes(10)), State()), Is.EqualTo(Declared.AddMinutes(10)),
            "a cadence sooner than that still rules");
        Assert.That(CadencePolicy.BriefDue(Incident(updates: 1, lastUpdate: Declared.AddMinutes(12)), Sev1(), State() with { AssessedAt = Declared.AddMinutes(12) }),
            Is.EqualTo(Declared.AddMinutes(42)), "after the assessment, the cadence");
    }

    [Test]
    public void Ladder_InitialAssessment_IsAskedOfTheTwoWorstRungsWhateverTheirRanks()
    {
        var ladder = new SeverityLadder(
            [Rung("p1", 1), Rung("p2", 2), Rung("p3", 3), Rung("p4", 4)], "p3");

        Assert.That(ladder.All.Where(s => s.AsksInitialAssessment).Select(s => s.Key), Is.EqualTo(new[] { "p1", "p2" }));
    }

    private static Severity Rung(string key, int rank) => new(key, key, rank, [], TimeSpan.FromMinutes(30), ["ic"], null, null, null, false);
}
