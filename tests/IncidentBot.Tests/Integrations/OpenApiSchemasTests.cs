namespace IncidentBot.Tests.Integrations;

/// <summary>The fakes' checks against the vendors' published descriptions are live: a good body passes, a bad one is named.</summary>
public sealed class OpenApiSchemasTests
{
    private const string EventPointer = "/paths/~1enqueue/post/requestBody/content/application~1json/schema";

    [Test]
    public void PagerDutyEvent_OfTheDocumentedShape_Fits()
    {
        var schema = OpenApiSchemas.Load("pagerduty-events-v2.json", EventPointer);

        var problems = OpenApiSchemas.Check(schema, """
            {"routing_key":"0123456789abcdef0123456789abcdef","event_action":"trigger","dedup_key":"incidentbot/INC-1",
             "payload":{"summary":"INC-1 (SEV1): Checkout is failing","source":"incidentbot","severity":"error"}}
            """);

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void PagerDutyEvent_WithAnUndocumentedSeverityAndNoSource_IsRefusedByTheDescription()
    {
        var schema = OpenApiSchemas.Load("pagerduty-events-v2.json", EventPointer);

        var problems = OpenApiSchemas.Check(schema, """
            {"routing_key":"0123456789abcdef0123456789abcdef","event_action":"trigger",
             "payload":{"summary":"INC-1","severity":"fatal"}}
            """);

        Assert.That(problems, Has.Some.Contains("payload.severity").And.Some.Contains("source"));
    }
}
