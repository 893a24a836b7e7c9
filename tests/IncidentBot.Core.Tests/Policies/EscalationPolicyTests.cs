using IncidentBot.Core.Policies;
using NUnit.Framework;
using static IncidentBot.Core.Tests.Policies.PolicyFixtures;

namespace IncidentBot.Core.Tests.Policies;

public sealed class EscalationPolicyTests
{
    [TestCase(1, EscalationStep.None)]
    [TestCase(2, EscalationStep.DirectMessageCommander)]
    [TestCase(3, EscalationStep.MentionTarget)]
    [TestCase(4, EscalationStep.None)]
    public void Decide_EscalateAfterTwo_DmsTheCommanderThenMentionsTheTargetOnce(int missed, EscalationStep expected) =>
        Assert.That(EscalationPolicy.Decide(Sev1(escalateAfter: 2), missed, hasCommander: true), Is.EqualTo(expected));

    [Test]
    public void Decide_NoCommander_GoesStraightToTheTarget()
    {
        Assert.That(EscalationPolicy.Decide(Sev1(), 1, hasCommander: false), Is.EqualTo(EscalationStep.MentionTarget));
        Assert.That(EscalationPolicy.Decide(Sev1(), 2, hasCommander: false), Is.EqualTo(EscalationStep.None));
    }

    [Test]
    public void Decide_NoTargetConfigured_OnlyDmsTheCommander()
    {
        Assert.That(EscalationPolicy.Decide(Sev1(target: null), 1, hasCommander: true), Is.EqualTo(EscalationStep.DirectMessageCommander));
        Assert.That(EscalationPolicy.Decide(Sev1(target: null), 2, hasCommander: true), Is.EqualTo(EscalationStep.None));
    }

    [Test]
    public void Decide_SeverityThatNeverEscalates_IsNone() =>
        Assert.That(EscalationPolicy.Decide(Sev3(), 5, hasCommander: true), Is.EqualTo(EscalationStep.None));

    [TestCase("S0ONCALL", "<!subteam^S0ONCALL>")]
    [TestCase("U123", "<@U123>")]
    [TestCase("C999", "<#C999>")]
    public void Mention_ByIdKind_UsesSlackSyntax(string target, string expected) =>
        Assert.That(EscalationPolicy.Mention(target), Is.EqualTo(expected));
}
