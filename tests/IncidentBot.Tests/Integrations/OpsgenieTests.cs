using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Storage;
using IncidentBot.Integrations;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// Opsgenie end to end against the fake Alert API: declaring a configured severity creates one alert keyed by the
/// incident even when Opsgenie fails first, other severities none, and resolving closes it; its webhook's
/// acknowledgement is on the timeline once and stands our page chain down, and a delivery without the secret is 401.
/// </summary>
[TestFixture]
public sealed class OpsgenieTests
{
    private const string Secret = "og-webhook-secret";

    [Test]
    public async Task Declare_ConfiguredSeverity_CreatesOneAlertThroughAFailure_OtherSeveritiesNone_AndResolvingClosesIt()
    {
        await using var opsgenie = await FakeOpsgenie.StartAsync();
        opsgenie.FailNext(503);
        await using var bot = await BotHarness.StartAsync(ResolveSteps.Settings(Settings(opsgenie, "sev1")));

        var incident = await ResolveSteps.DeclareAsync(bot);
        await ResolveSteps.DeclareAsync(bot, "declare sev3 A typo on the pricing page");
        await Eventually.TrueAsync(() => opsgenie.Created.Count == 1, TimeSpan.FromSeconds(20), "the alert to be created");
        await bot.WaitForIdleAsync();

        var alert = opsgenie.Created.Single();
        Assert.That((string?)alert["alias"], Is.EqualTo("incidentbot-INC-1"));
        Assert.That((string?)alert["message"], Is.EqualTo("INC-1 (SEV1): Checkout is failing"));
        Assert.That((string?)alert["priority"], Is.EqualTo("P2"), "SEV1 is the ladder's second rung");
        Assert.That(opsgenie.Requests, Is.EqualTo(2), "a 503, then the create that went");
        Assert.That(opsgenie.Refused, Is.Empty);

        await ResolveSteps.ResolveAsync(bot, incident);
        await bot.WaitForIdleAsync();

        Assert.That(opsgenie.Closed.Select(c => c.Alias), Is.EqualTo(new[] { "incidentbot-INC-1" }));
        Assert.That(opsgenie.Open, Is.Empty);
        var last = (await bot.Services.GetRequiredServiceOf<IntegrationCallStore>().LastCallsAsync())["opsgenie"];
        Assert.That((last.Succeeded, last.Detail), Is.EqualTo((true, "202")));
    }

    [Test]
    public async Task Acknowledged_InOpsgenie_IsOnTheTimelineOnce_StandsOurPagesDown_AndNeedsTheSecret()
    {
        await using var opsgenie = await FakeOpsgenie.StartAsync();
        await using var bot = await BotHarness.StartAsync(PagingSteps.Settings("00:05:00", Settings(opsgenie)));
        var incident = await PagingSteps.DeclareAsync(bot);
        await PagingSteps.WaitForPageAsync(bot, "U2");
        var ack = Action("Acknowledge", "incidentbot-INC-1", "dana@example.com");

        using var unsigned = await DeliverAsync(bot, ack, secret: null);
        using var wrong = await DeliverAsync(bot, ack, secret: "not-it");
        using var malformed = await DeliverAsync(bot, "{\"action\": \"Acknowledge\"}");
        Assert.That(new[] { unsigned.StatusCode, wrong.StatusCode }, Is.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(malformed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await PagingSteps.PagesOfAsync(bot, incident)).Single().StoodDownAt, Is.Null, "a refused delivery changes nothing");

        using var first = await DeliverAsync(bot, ack);
        using var again = await DeliverAsync(bot, ack);

        Assert.That((bool?)JsonNode.Parse(await first.Content.ReadAsStringAsync())!["recorded"], Is.True);
        Assert.That((bool?)JsonNode.Parse(await again.Content.ReadAsStringAsync())!["recorded"], Is.False, "a redelivery records nothing");
        await bot.WaitForIdleAsync();
        Assert.That((await PagingSteps.PagesOfAsync(bot, incident)).Single().StoodDownAt, Is.Not.Null);
        Assert.That(await bot.Services.GetRequiredServiceOf<PagingService>().NextDueAsync(incident.Id), Is.Null, "the secondary is never paged");
        var timeline = await PagingSteps.TimelineAsync(bot, incident);
        Assert.That(timeline.Count(t => t == "dana@example.com acknowledged in Opsgenie"), Is.EqualTo(1));
        Assert.That(timeline, Has.One.EqualTo("Our pages stood down: the incident was acknowledged in Opsgenie"));
    }

    private static (string Key, string? Value)[] Settings(FakeOpsgenie opsgenie, string severities = "sev1,sev2") =>
    [
        ("IncidentBot:Opsgenie:ApiKey", FakeOpsgenie.Key),
        ("IncidentBot:Opsgenie:Severities", severities),
        ("IncidentBot:Opsgenie:BaseUrl", opsgenie.BaseUrl.ToString()),
        ("IncidentBot:Opsgenie:WebhookSecret", Secret),
    ];

    /// <summary>An alert action as Opsgenie's webhook integration posts it (docs.opsgenie.com, "Webhook Integration", alert action data).</summary>
    private static string Action(string action, string alias, string user) => new JsonObject
    {
        ["source"] = new JsonObject { ["name"] = "", ["type"] = "web" },
        ["alert"] = new JsonObject
        {
            ["updatedAt"] = 1764756000000000000, ["tags"] = new JsonArray("incidentbot"), ["message"] = "INC-1 (SEV1): Checkout is failing",
            ["username"] = user, ["alertId"] = "052652ac-5d1c-464a-812a-7dd18bbfba8c", ["source"] = "IncidentBot", ["alias"] = alias,
            ["tinyId"] = "23", ["createdAt"] = 1764755900000, ["userId"] = "daed1180-0ce8-438b-8f8e-57e1a5920a2d", ["entity"] = "",
        },
        ["action"] = action,
        ["integrationId"] = "37c8f316-17c6-49d7-899b-9c7e540c048d",
        ["integrationName"] = "IncidentBot",
    }.ToJsonString();

    private static Task<HttpResponseMessage> DeliverAsync(BotHarness bot, string body, string? secret = Secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, OpsgenieHookEndpoint.Path)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (secret is not null)
        {
            request.Headers.TryAddWithoutValidation(OpsgenieHookEndpoint.SecretHeader, secret);
        }

        return bot.Http.SendAsync(request);
    }
}
