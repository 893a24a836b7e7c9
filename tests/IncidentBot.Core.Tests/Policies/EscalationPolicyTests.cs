using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using NUnit.Framework;
using static IncidentBot.Core.Tests.Policies.PolicyFixtures;

namespace IncidentBot.Core.Tests.Policies;

public sealed class EscalationPolicyTests
{
    [Test]
    public void Decide_EscalateAfterTwo_DmsTheCommanderThenMentionsTheTargetOnce() =>
        Assert.That(Run(Sev1(escalateAfter: 2), 4, hasCommander: true), Is.EqualTo(new[]
        {
            EscalationStep.None, EscalationStep.DirectMessageCommander, EscalationStep.MentionTarget, EscalationStep.None,
        }));

    [Test]
    public void Decide_NoCommander_GoesStraightToTheTarget() =>
        Assert.That(Run(Sev1(), 3, hasCommander: false), Is.EqualTo(new[] { EscalationStep.MentionTarget, EscalationStep.None, EscalationStep.None }));

    [Test]
    public void Decide_NoTargetConfigured_OnlyDmsTheCommander() =>
        Assert.That(Run(Sev1(target: null), 3, hasCommander: true),
            Is.EqualTo(new[] { EscalationStep.DirectMessageCommander, EscalationStep.None, EscalationStep.None }));

    [Test]
    public void Decide_SeverityThatNeverEscalates_IsNone() =>
        Assert.That(EscalationPolicy.Decide(Sev3(), 5, 0, hasCommander: true), Is.EqualTo(EscalationStep.None));

    [Test]
    public void Decide_RaisedToASeverityThatEscalatesSooner_StillMentionsTheTarget()
    {
        // Two missed at escalate-after 2 (the IC was DMed), then raised to escalate-after 1: the third missed update
        // is past both thresholds, and the target has not been told yet.
        Assert.That(EscalationPolicy.Decide(Sev1(escalateAfter: 1), 3, EscalationPolicy.CommanderTold, hasCommander: true),
            Is.EqualTo(EscalationStep.MentionTarget));
    }

    [Test]
    public void Decide_RaisedBeforeAnyEscalation_DmsTheCommanderBeforeMentioningTheTarget()
    {
        // One missed at escalate-after 2, raised to escalate-after 1: the second missed update is the IC's DM, not the target.
        Assert.That(EscalationPolicy.Decide(Sev1(escalateAfter: 1), 2, 0, hasCommander: true), Is.EqualTo(EscalationStep.DirectMessageCommander));
        Assert.That(EscalationPolicy.Decide(Sev1(escalateAfter: 1), 3, EscalationPolicy.CommanderTold, hasCommander: true),
            Is.EqualTo(EscalationStep.MentionTarget));
    }

    [Test]
    public void Decide_LoweredAfterBothSteps_DoesNotMentionTheTargetAgain() =>
        Assert.That(EscalationPolicy.Decide(Sev1(escalateAfter: 2), 3, EscalationPolicy.TargetTold, hasCommander: true), Is.EqualTo(EscalationStep.None));

    /// <summary>The steps of <paramref name="reminders"/> missed updates in a row, each applied as the reminders apply it.</summary>
    private static List<EscalationStep> Run(Severity severity, int reminders, bool hasCommander)
    {
        var steps = new List<EscalationStep>();
        var escalated = 0;
        for (var missed = 1; missed <= reminders; missed++)
        {
            var step = EscalationPolicy.Decide(severity, missed, escalated, hasCommander);
            escalated = EscalationPolicy.After(step, escalated);
            steps.Add(step);
        }

        return steps;
    }

    [TestCase("S0ONCALL", "<!subteam^S0ONCALL>")]
    [TestCase("U123", "<@U123>")]
    [TestCase("C999", "<#C999>")]
    public void Mention_ByIdKind_UsesSlackSyntax(string target, string expected) =>
        Assert.That(EscalationPolicy.Mention(target), Is.EqualTo(expected));
}
