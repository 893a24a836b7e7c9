using IncidentBot.Core.Policies;
using NUnit.Framework;
using static IncidentBot.Core.Tests.Policies.PolicyFixtures;

namespace IncidentBot.Core.Tests.Policies;

public sealed class AssessmentPolicyTests
{
    [Test]
    public void ReminderDue_OutstandingAssessment_IsFifteenMinutesAfterDeclaringEvenAfterAQuickUpdate()
    {
        Assert.That(AssessmentPolicy.ReminderDue(Incident(), Sev1(), State()), Is.EqualTo(At(15)));
        Assert.That(AssessmentPolicy.ReminderDue(Incident(updates: 1, lastUpdate: At(2)), Sev1(), State()), Is.EqualTo(At(15)));
    }

    [Test]
    public void ReminderDue_AfterTheAssessmentOrTheReminder_OrOnALowerRung_IsNone()
    {
        Assert.That(AssessmentPolicy.ReminderDue(Incident(), Sev1(), State() with { AssessedAt = At(5) }), Is.Null);
        Assert.That(AssessmentPolicy.ReminderDue(Incident(), Sev1(), State() with { AssessmentRemindedAt = At(15) }), Is.Null);
        Assert.That(AssessmentPolicy.ReminderDue(Incident(), Sev3(), State()), Is.Null);
        Assert.That(AssessmentPolicy.ReminderDue(Incident(Core.Incidents.IncidentStatus.Resolved), Sev1(), State()), Is.Null);
    }

    [Test]
    public void Due_FollowsTheConfiguredWindow() =>
        Assert.That(AssessmentPolicy.Due(Incident(), Sev1() with { InitialAssessmentWithin = TimeSpan.FromMinutes(10) }), Is.EqualTo(At(10)));
}
