using System.Text.Json.Nodes;
using System.Xml.Linq;
using IncidentBot.Core.Incidents;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.StatusPage.StatusPageSteps;

namespace IncidentBot.Tests.StatusPage;

/// <summary>
/// How long a resolved incident stays on the page (<c>IncidentBot__StatusPage__ShowResolvedFor</c>): one resolved longer
/// ago than that is gone from <c>/status</c>, <c>/status.json</c> and <c>/status.atom</c>; one resolved since stays on all three.
/// </summary>
[TestFixture]
public sealed class StatusPageRetentionTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(Settings(("IncidentBot:StatusPage:ShowResolvedFor", "1.00:00:00")));

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Board_IncidentResolvedLongerAgoThanShowResolvedFor_DropsOffPageJsonAndAtomWhileARecentOneStays()
    {
        var old = await PublishAndResolveAsync("declare sev2 Search is slow", "Search results are slow to load.");
        var recent = await PublishAndResolveAsync("declare sev2 Checkout is failing", "Card payments fail at checkout.");
        var now = _bot.Services.GetRequiredServiceOf<TimeProvider>().GetUtcNow();
        await ResolvedAtAsync(old, now - TimeSpan.FromDays(2));
        await ResolvedAtAsync(recent, now - TimeSpan.FromHours(20));

        var page = await GetAsync(_bot, "/status");
        var json = await GetAsync(_bot, "/status.json");
        var atom = await GetAsync(_bot, "/status.atom");

        foreach (var body in new[] { page.Body, json.Body, atom.Body })
        {
            Assert.That(body, Does.Contain("Card payments fail at checkout.").And.Not.Contain("Search results are slow to load."));
        }

        Assert.That(JsonNode.Parse(json.Body)!["incidents"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()), Is.EqualTo(new[] { recent.Reference }));
        Assert.That(XDocument.Parse(atom.Body).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "content")!.Value),
            Is.EqualTo(new[] { "Card payments fail at checkout." }));
    }

    private async Task<Incident> PublishAndResolveAsync(string declare, string publicMessage)
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, declare);
        await _bot.Requests.CommandAsync($"update --public {publicMessage}", "U1", incident.ChannelId!);
        await ResolveSteps.ResolveAsync(_bot, incident, options: "impact_confirmed");
        await _bot.WaitForIdleAsync();
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).Status, Is.EqualTo(IncidentStatus.Resolved));
        return incident;
    }

    /// <summary>Moves the incident's resolution back in time, as if it had been resolved then: the host runs on the real clock.</summary>
    private async Task ResolvedAtAsync(Incident incident, DateTimeOffset at) =>
        await _bot.Database.InTransactionAsync(tx => Dapper.SqlMapper.ExecuteAsync(tx.Connection!,
            "UPDATE incidents SET resolved_at = @at WHERE id = @Id", new { at = at.ToUnixTimeMilliseconds(), incident.Id }, tx));
}
