using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using NUnit.Framework;
using static IncidentBot.Core.Tests.Policies.PolicyFixtures;

namespace IncidentBot.Core.Tests.Policies;

public sealed class SoakAndRolePolicyTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromMinutes(5);
    private static readonly string[] LeadOnly = ["lead"];

    [Test]
    public void SoakDue_InMonitoring_IsTheSoakPeriodAfterItBegan() =>
        Assert.That(SoakPolicy.Due(Incident(IncidentStatus.Monitoring), Sev1(), State() with { MonitoringSince = At(40) }), Is.EqualTo(At(55)));

    [Test]
    public void SoakDue_AlreadyPromptedForThisStretch_IsNone() =>
        Assert.That(SoakPolicy.Due(Incident(IncidentStatus.Monitoring), Sev1(), State() with { MonitoringSince = At(40), SoakAnnouncedFor = At(40) }), Is.Null);

    [Test]
    public void SoakDue_NewStretchInMonitoring_IsDueAgain() =>
        Assert.That(SoakPolicy.Due(Incident(IncidentStatus.Monitoring), Sev1(), State() with { MonitoringSince = At(70), SoakAnnouncedFor = At(40) }), Is.EqualTo(At(85)));

    [TestCase(IncidentStatus.Mitigating)]
    [TestCase(IncidentStatus.Resolved)]
    public void SoakDue_NotInMonitoring_IsNone(IncidentStatus status) =>
        Assert.That(SoakPolicy.Due(Incident(status), Sev1(), State() with { MonitoringSince = At(40) }), Is.Null);

    [Test]
    public void RoleReminder_FirstOne_IsTheDelayAfterDeclaring()
    {
        Assert.That(RoleReminderPolicy.MissingRoles(Incident(), Sev1()), Is.EqualTo(LeadOnly));
        Assert.That(RoleReminderPolicy.NextDue(Incident(), Sev1(), State(), Delay), Is.EqualTo(At(5)));
    }

    [Test]
    public void RoleReminder_Later_RepeatsOnTheCadenceAtMostThreeTimes()
    {
        Assert.That(RoleReminderPolicy.NextDue(Incident(), Sev1(), State() with { RoleReminders = 2, LastRoleReminderAt = At(35) }, Delay), Is.EqualTo(At(65)));
        Assert.That(RoleReminderPolicy.NextDue(Incident(), Sev1(), State() with { RoleReminders = 3, LastRoleReminderAt = At(65) }, Delay), Is.Null);
    }

    [Test]
    public void RoleReminder_AllRequiredRolesHeld_IsNone()
    {
        var incident = Incident() with { Roles = new Dictionary<string, string> { ["ic"] = "U1", ["lead"] = "U2" } };

        Assert.That(RoleReminderPolicy.NextDue(incident, Sev1(), State(), Delay), Is.Null);
    }

    [Test]
    public void RoleReminder_NoCadence_RemindsOnce() =>
        Assert.That(RoleReminderPolicy.NextDue(Incident(commander: null), Sev3(), State() with { RoleReminders = 1, LastRoleReminderAt = At(5) }, Delay), Is.Null);
}
