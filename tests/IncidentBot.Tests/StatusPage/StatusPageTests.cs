using System.Text.Json.Nodes;
using System.Xml.Linq;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using NJsonSchema;
using static IncidentBot.Tests.StatusPage.StatusPageSteps;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.StatusPage;

/// <summary>
/// The status page end to end: a public incident goes declare → public update (components, message, stage) → a second
/// public message → mitigated → resolved, and <c>/status</c>, <c>/status.json</c> (checked against the schema kept in
/// docs/) and <c>/status.atom</c> (parsed as XML) follow it; a private incident with text typed for customers never
/// appears in any of them.
/// </summary>
[TestFixture]
public sealed class StatusPageTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(Settings());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Lifecycle_PublicAndPrivateIncidents_PageJsonAndAtomShowOnlyWhatWasPublished()
    {
        var secret = await ResolveSteps.DeclareAsync(_bot, "declare sev2 --private Payroll export leaks salaries");
        var refused = await _bot.Requests.CommandAsync("update --public Payroll is down for everyone", "U1", secret.ChannelId!);
        var privateForm = await OpenUpdateFormAsync(_bot, secret);
        var privateSubmit = await SubmitAsync(_bot, privateForm, "Investigating", "Export job paused", ("public_message", Text("Payroll leak under control")));

        var security = await ResolveSteps.DeclareAsync(_bot, "declare sev2 --type security Leaked deploy key");
        var securityRefused = await _bot.Requests.CommandAsync("update --public Deploy key rotated", "U1", security.ChannelId!);

        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Checkout card payments time out");
        Assert.That((await GetAsync(_bot, "/status")).Body, Does.Contain("All systems operational").And.Not.Contain("INC-3"), "nothing published yet");
        var form = await OpenUpdateFormAsync(_bot, incident);
        await SubmitAsync(_bot, form, "Investigating", "Card processor answering slowly",
            ("components", Components("checkout:partial_outage")),
            ("public_message", Text("We are investigating failed card payments at checkout.")), ("public_stage", Select("Investigating")));
        await _bot.WaitForIdleAsync();
        var live = await GetAsync(_bot, "/status");
        await SubmitAsync(_bot, await OpenUpdateFormAsync(_bot, incident), "Identified", "Processor latency confirmed",
            ("components", Components("checkout:partial_outage", "api:degraded")),
            ("public_message", Text("We have identified a slow card processor and are failing over.")), ("public_stage", Select("Identified")));
        await _bot.WaitForIdleAsync();
        await _bot.Requests.CommandAsync("mitigated Failover done", "U1", incident.ChannelId!);
        await _bot.Requests.CommandAsync("update --public A fix has been implemented and we are monitoring the results.", "U1", incident.ChannelId!);
        await ResolveSteps.ResolveAsync(_bot, incident);
        await _bot.WaitForIdleAsync();

        var page = await GetAsync(_bot, "/status");
        var json = await GetAsync(_bot, "/status.json");
        var atom = await GetAsync(_bot, "/status.atom");

        Assert.Multiple(() =>
        {
            Assert.That(refused.Text, Does.Contain("is private"));
            Assert.That(securityRefused.Text, Does.Contain("is private"), "a security incident is always private");
            Assert.That(Block(privateForm, "public_message"), Is.Null, "a private incident's form has no public fields");
            Assert.That(privateSubmit.Json?["errors"]?["public_message"]?.GetValue<string>(), Does.Contain("private"), privateSubmit.Body);
            Assert.That(live.Body, Does.Contain("Partial outage").And.Contain("We are investigating failed card payments at checkout.")
                .And.Contain("Investigating").And.Contain("Checkout"));
            Assert.That(live.Response.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(live.Response.Headers.GetValues("Server-Timing").Single(), Does.StartWith("render;dur="));
            Assert.That(page.Body, Does.Contain("All systems operational").And.Contain("Resolved")
                .And.Contain("A fix has been implemented and we are monitoring the results."));
            Assert.That(page.Body.IndexOf("monitoring the results", StringComparison.Ordinal),
                Is.LessThan(page.Body.IndexOf("We are investigating failed card payments", StringComparison.Ordinal)), "newest first");
            foreach (var body in new[] { live.Body, page.Body, json.Body, atom.Body })
            {
                Assert.That(body, Does.Not.Contain("Payroll").And.Not.Contain("Deploy key").And.Not.Contain("INC-1\"").And.Not.Contain("INC-2\"")
                    .And.Not.Contain("#inc-1-").And.Not.Contain("#inc-2-"), "private and security incidents never appear");
                Assert.That(body, Does.Not.Contain("Card processor answering slowly").And.Not.Contain("card payments time out"), "internal words stay inside");
            }
        });

        var document = JsonNode.Parse(json.Body)!;
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepoRoot.Path, "docs", "status.schema.json"));
        Assert.That(schema.Validate(json.Body), Is.Empty, json.Body);
        var published = document["incidents"]!.AsArray().Single()!;
        Assert.That(published["id"]!.GetValue<string>(), Is.EqualTo(incident.Reference));
        Assert.That(published["stage"]!.GetValue<string>(), Is.EqualTo("resolved"));
        Assert.That(published["messages"]!.AsArray().Select(m => m!["stage"]!.GetValue<string>()), Is.EqualTo(new[] { "monitoring", "identified", "investigating" }));
        Assert.That(published["components"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()), Is.EqualTo(new[] { "api", "checkout" }), "in the configured order");
        Assert.That(document["status"]!["indicator"]!.GetValue<string>(), Is.EqualTo("operational"));

        var feed = XDocument.Parse(atom.Body).Root!;
        Assert.That(feed.Name, Is.EqualTo(Atom + "feed"));
        Assert.That(new[] { "id", "title", "updated", "author" }.Select(e => feed.Element(Atom + e)), Has.None.Null);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.That(entries, Has.Count.EqualTo(3), "one entry per public message");
        foreach (var entry in entries)
        {
            Assert.That(new[] { "id", "title", "updated", "content" }.Select(e => entry.Element(Atom + e)?.Value), Has.None.Null.And.None.Empty);
        }

        Assert.That(entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count(), Is.EqualTo(3));
        Assert.That(entries[0].Element(Atom + "content")!.Value, Is.EqualTo("A fix has been implemented and we are monitoring the results."));
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Where(e => e.Kind == TimelineKind.PublicMessage).Select(e => e.Text).ToList(), Has.Count.EqualTo(3)
            .And.Some.EqualTo("Published on the status page (Investigating): We are investigating failed card payments at checkout."));
    }
}
