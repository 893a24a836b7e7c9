using IncidentBot.Core.StatusPage;
using IncidentBot.Integrations;

namespace IncidentBot.Tests.Integrations;

/// <summary>The Statuspage incident body: stages and component states in Statuspage's words, only mapped components, and components set back to operational.</summary>
[TestFixture]
public sealed class StatuspageIncidentBodyTests
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.OrdinalIgnoreCase) { ["checkout"] = "c1", ["api"] = "c2" };

    [TestCase(PublicStage.Investigating, "investigating")]
    [TestCase(PublicStage.Identified, "identified")]
    [TestCase(PublicStage.Monitoring, "monitoring")]
    [TestCase(PublicStage.Resolved, "resolved")]
    public void Stage_IsStatuspagesStatus(PublicStage stage, string expected) =>
        Assert.That((string?)StatuspageIncidentBody.Build("Service disruption", stage, "text", new Dictionary<string, ComponentState>(), Map, [])["incident"]!["status"],
            Is.EqualTo(expected));

    [Test]
    public void Components_MappedOnesInStatuspagesWords_UnmappedLeftOut_OnesNoLongerAffectedBackToOperational()
    {
        var affected = new Dictionary<string, ComponentState>
        {
            ["checkout"] = ComponentState.MajorOutage, ["api"] = ComponentState.Degraded, ["search"] = ComponentState.PartialOutage,
        };

        var body = StatuspageIncidentBody.Build("Service disruption", PublicStage.Identified, "We found it.", affected, Map, ["c0"]);

        Assert.That(body["incident"]!["components"]!.ToJsonString(), Is.EqualTo("""{"c0":"operational","c1":"major_outage","c2":"degraded_performance"}"""));
        Assert.That(body["incident"]!["component_ids"]!.ToJsonString(), Is.EqualTo("""["c0","c1","c2"]"""));
        Assert.That((string?)body["incident"]!["body"], Is.EqualTo("We found it."));
    }

    [Test]
    public void Resolved_EveryComponentOperational() =>
        Assert.That(StatuspageIncidentBody.Build("Service disruption", PublicStage.Resolved, "Fixed.",
                new Dictionary<string, ComponentState> { ["checkout"] = ComponentState.MajorOutage }, Map, [])["incident"]!["components"]!.ToJsonString(),
            Is.EqualTo("""{"c1":"operational"}"""));
}
