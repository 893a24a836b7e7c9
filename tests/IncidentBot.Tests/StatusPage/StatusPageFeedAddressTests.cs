using System.Text.RegularExpressions;
using System.Xml.Linq;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.StatusPage.StatusPageSteps;

namespace IncidentBot.Tests.StatusPage;

/// <summary>
/// The Atom feed's own addresses (its id, self and alternate links, each entry's id and link): under the bot's public
/// address when one is configured, as a reader behind a TLS proxy must see them; from the request otherwise.
/// </summary>
[TestFixture]
public sealed class StatusPageFeedAddressTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Test]
    public async Task Feed_PublicUrlConfigured_AddressesUnderIt()
    {
        await using var bot = await BotHarness.StartAsync(Settings(
            ("IncidentBot:Web:ClientId", "client"), ("IncidentBot:Web:ClientSecret", "secret"), ("IncidentBot:Web:PublicUrl", "https://status.example.com/ops")));

        var addresses = await FeedAddressesAsync(bot);

        Assert.That(addresses, Is.EqualTo(Expected("https://status.example.com/ops/status")));
    }

    [Test]
    public async Task Feed_NoPublicUrl_AddressesFromTheRequest()
    {
        await using var bot = await BotHarness.StartAsync(Settings());

        var addresses = await FeedAddressesAsync(bot);

        Assert.That(addresses, Is.EqualTo(Expected(new Uri(bot.Http.BaseAddress!, "/status").AbsoluteUri)));
    }

    private static string[] Expected(string page) => [page, page + ".atom", page, $"{page}#inc-1-n", $"{page}#inc-1"];

    /// <summary>One incident with one public message; then the feed's id, self and alternate links and its entry's id (message number as n) and link.</summary>
    private static async Task<string[]> FeedAddressesAsync(BotHarness bot)
    {
        var incident = await ResolveSteps.DeclareAsync(bot, "declare sev2 Checkout card payments time out");
        await bot.Requests.CommandAsync("update --public We are investigating failed card payments.", "U1", incident.ChannelId!);
        await bot.WaitForIdleAsync();
        var feed = XDocument.Parse((await GetAsync(bot, "/status.atom")).Body).Root!;
        var entry = feed.Elements(Atom + "entry").Single();
        string Link(XElement element, string rel) => element.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == rel).Attribute("href")!.Value;
        return [feed.Element(Atom + "id")!.Value, Link(feed, "self"), Link(feed, "alternate"), Regex.Replace(entry.Element(Atom + "id")!.Value, "-[0-9]+$", "-n"), Link(entry, "alternate")];
    }
}
