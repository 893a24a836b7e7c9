using System.Text.Json.Nodes;
using IncidentBot.Integrations;

namespace IncidentBot.Tests.Integrations;

/// <summary>The metadata naming our incident on a Statuspage incident: what is attached, and what counts as naming it.</summary>
[TestFixture]
public sealed class StatuspageMetadataTests
{
    [Test]
    public void For_NamesTheIncidentUnderOneObject() =>
        Assert.That(StatuspageMetadata.For(42).ToJsonString(), Is.EqualTo("""{"incidentbot":{"incident":"42"}}"""));

    [TestCase("""{"id":"a","metadata":{"incidentbot":{"incident":"42"}}}""", ExpectedResult = true)]
    [TestCase("""{"id":"a","metadata":{"incidentbot":{"incident":"420"}}}""", ExpectedResult = false)]
    [TestCase("""{"id":"a","metadata":{"incidentbot":{"incident":42}}}""", ExpectedResult = false)]
    [TestCase("""{"id":"a","metadata":{"jira":{"incident":"42"}}}""", ExpectedResult = false)]
    [TestCase("""{"id":"a","metadata":{"incidentbot":"42"}}""", ExpectedResult = false)]
    [TestCase("""{"id":"a","metadata":{}}""", ExpectedResult = false)]
    [TestCase("""{"id":"a"}""", ExpectedResult = false)]
    [TestCase("""["incidentbot"]""", ExpectedResult = false)]
    public bool Names_OnlyOurMetadataForThisIncident(string statuspageIncident) =>
        StatuspageMetadata.Names(JsonNode.Parse(statuspageIncident), 42);
}
