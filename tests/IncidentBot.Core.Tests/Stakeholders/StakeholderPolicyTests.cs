using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Stakeholders;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Stakeholders;

public sealed class StakeholderPolicyTests
{
    private static readonly DateTimeOffset Declared = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly SeverityLadder Ladder = SeverityLadder.From(new IncidentBotOptions());

    private static StakeholderState Fresh => new() { IncidentId = 1 };

    private static Incident Incident(string severity = "sev0", IncidentStatus status = IncidentStatus.Investigating) => new()
    {
        Id = 1, Number = 1, Title = "Checkout is failing", SeverityKey = severity, Status = status, IsPrivate = false,
        DeclaredBy = "U1", DeclaredAt = Declared,
    };

    [Test]
    public void Ladder_Defaults_WorstRung15MinutesThenHourly_Next30MinutesThenEvery2Hours_OthersNone()
    {
        Assert.That((Ladder.Get("sev0").StakeholderFirstWithin, Ladder.Get("sev0").StakeholderCadence), Is.EqualTo((TimeSpan.FromMinutes(15), TimeSpan.FromHours(1))));
        Assert.That((Ladder.Get("sev1").StakeholderFirstWithin, Ladder.Get("sev1").StakeholderCadence), Is.EqualTo((TimeSpan.FromMinutes(30), TimeSpan.FromHours(2))));
        Assert.That(Ladder.Get("sev2").HasStakeholderCadence, Is.False);
        Assert.That(Ladder.Get("sev3").HasStakeholderCadence, Is.False);
    }

    [Test]
    public void Ladder_Configured_ReplacesTheDefaultAndZeroTurnsItOff()
    {
        var options = new IncidentBotOptions();
        options.Severities["sev0"].StakeholderCadence = TimeSpan.Zero;
        options.Severities["sev0"].StakeholderFirstWithin = TimeSpan.Zero;
        options.Severities["sev2"].StakeholderCadence = TimeSpan.FromHours(4);

        var ladder = SeverityLadder.From(options);

        Assert.That(ladder.Get("sev0").HasStakeholderCadence, Is.False);
        Assert.That(ladder.Get("sev2").StakeholderCadence, Is.EqualTo(TimeSpan.FromHours(4)));
        Assert.That(StakeholderPolicy.Due(Incident("sev2"), ladder.Get("sev2"), Fresh), Is.EqualTo(Declared.AddHours(4)), "no first time: one cadence");
    }

    [Test]
    public void Due_FirstWithinOfDeclaring_ThenOneCadenceAfterTheLastSent()
    {
        var severity = Ladder.Get("sev0");

        Assert.That(StakeholderPolicy.Due(Incident(), severity, Fresh), Is.EqualTo(Declared.AddMinutes(15)));
        var sent = Fresh.AfterSending(Declared.AddMinutes(10));
        Assert.That(StakeholderPolicy.Due(Incident(), severity, sent), Is.EqualTo(Declared.AddMinutes(70)));
    }

    [Test]
    public void Due_ResolvedOrRungWithoutCadence_None()
    {
        Assert.That(StakeholderPolicy.Due(Incident(status: IncidentStatus.Resolved), Ladder.Get("sev0"), Fresh), Is.Null);
        Assert.That(StakeholderPolicy.Due(Incident("sev2"), Ladder.Get("sev2"), Fresh), Is.Null);
    }

    [Test]
    public void NextReminder_AtTheDueTime_ThenEachCadenceWhileNothingIsSent()
    {
        var severity = Ladder.Get("sev1");
        var due = Declared.AddMinutes(30);

        Assert.That(StakeholderPolicy.NextReminder(Incident("sev1"), severity, Fresh, heard: true), Is.EqualTo(due));
        var reminded = Fresh with { Missed = 1, LastReminderAt = due };
        Assert.That(StakeholderPolicy.NextReminder(Incident("sev1"), severity, reminded, heard: true), Is.EqualTo(due.AddHours(2)));
        Assert.That(StakeholderPolicy.NextReminder(Incident("sev1"), severity, reminded.AfterSending(due.AddMinutes(5)), heard: true),
            Is.EqualTo(due.AddMinutes(5).AddHours(2)), "a send ends the missed run");
    }

    [Test]
    public void NextReminder_NobodyHears_None() =>
        Assert.That(StakeholderPolicy.NextReminder(Incident(), Ladder.Get("sev0"), Fresh, heard: false), Is.Null);

    [Test]
    public void Audience_Hears_ItsRungsOrEveryRungWithACadence_PrivateOnlyWhenForPrivate_SecurityNever()
    {
        var all = new StakeholderAudience("execs", ["C1"], [], [], Private: false, TalkingPoints: false);
        var sev2 = all with { Severities = ["p2"] };
        var forPrivate = all with { Private = true };

        Assert.That(all.Hears(Incident("sev0"), Ladder.Get("sev0")), Is.True);
        Assert.That(all.Hears(Incident("sev2"), Ladder.Get("sev2")), Is.False, "sev2 has no stakeholder cadence");
        Assert.That(sev2.Hears(Incident("sev2"), Ladder.Get("sev2")), Is.True, "listed by an alias");
        Assert.That(all.Hears(Incident() with { IsPrivate = true }, Ladder.Get("sev0")), Is.False);
        Assert.That(forPrivate.Hears(Incident() with { IsPrivate = true }, Ladder.Get("sev0")), Is.True);
        Assert.That(forPrivate.Hears(Incident() with { IsPrivate = true, Type = "security" }, Ladder.Get("sev0")), Is.False);
    }
}
