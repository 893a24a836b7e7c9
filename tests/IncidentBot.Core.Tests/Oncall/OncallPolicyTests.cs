using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Oncall;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Oncall;

public sealed class OncallPolicyTests
{
    [Test]
    public void AckWindow_Unset_IsOneMinuteForTheWorstRungFiveForTheNextFifteenForOthers()
    {
        var options = new IncidentBotOptions();
        var ladder = SeverityLadder.From(options);

        Assert.That(ladder.All.Select(s => OncallPolicy.AckWindow(options, ladder, s.Key)),
            Is.EqualTo(new[] { TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15) }));
        options.Severities["sev2"].AckWindow = TimeSpan.FromMinutes(3);
        Assert.That(OncallPolicy.AckWindow(options, ladder, "sev2"), Is.EqualTo(TimeSpan.FromMinutes(3)));
    }

    [Test]
    public void RotationFor_TypeNamesOne_ItWinsOverTheSeverity()
    {
        var options = new IncidentBotOptions();
        options.Severities["sev1"].Rotation = "Platform";
        options.Types["security"].Rotation = "security";

        Assert.That(OncallPolicy.RotationFor(options, "sev1", "default"), Is.EqualTo("platform"));
        Assert.That(OncallPolicy.RotationFor(options, "sev1", "security"), Is.EqualTo("security"));
        Assert.That(OncallPolicy.RotationFor(options, "sev3", null), Is.Null);
    }
}
