using System.Net;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Web;

/// <summary>
/// The web list's search and filters end to end: words typed in Slack (a note, a title) found through the page, private
/// incidents found only by their members, filters kept in the form, and bad filters answered with their usage. One
/// host for the fixture; each test uses words of its own.
/// </summary>
[TestFixture]
public sealed class WebSearchTests
{
    private BotHarness _bot = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var slack = await BotHarness.StartSlackAsync();
        _bot = await BotHarness.StartAsync(WebViewTests.Settings(slack.OpenId.ClientId, slack.OpenId.ClientSecret), slack);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Search_WordFromATimelineNote_FindsTheIncident()
    {
        var found = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Orders page empty");
        await ResolveSteps.DeclareAsync(_bot, "declare sev2 Orders page slow");
        await _bot.Requests.CommandAsync("note Flushed the stale memcache shard", "U1", found.ChannelId!);
        using var browser = await SignedInAsync("U2");

        var html = await TextAsync(browser, "/incidents?q=MEMCACHE+shard");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain($"href=\"/incidents/{found.Number}\"").And.Contain("Orders page empty"));
            Assert.That(html, Does.Not.Contain("Orders page slow"));
            Assert.That(html, Does.Contain("name=\"q\" value=\"MEMCACHE shard\""), "the search stays in the box");
        });
    }

    [Test]
    public async Task Search_PrivateIncident_FoundOnlyByItsMembers()
    {
        await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Payroll export tampered");
        await _bot.WaitForIdleAsync();
        using var member = await SignedInAsync("U1");
        using var other = await SignedInAsync("U3");

        var forMember = await TextAsync(member, "/incidents?q=payroll");
        var forOther = await TextAsync(other, "/incidents?q=payroll");

        Assert.Multiple(() =>
        {
            Assert.That(forMember, Does.Contain("Payroll export tampered"));
            Assert.That(forOther, Does.Contain("id=\"none\"").And.Not.Contain("Payroll export tampered"));
        });
    }

    [Test]
    public async Task Filters_TypeAndDatesInTheReadersZone_KeptInTheFormAndCombined()
    {
        _bot.Slack.AddUser("U7", "rita", "Rita Ray", tz: "Asia/Tokyo");
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev3 Invoices quietly delayed");
        var inTokyo = TimeZoneInfo.ConvertTime(incident.DeclaredAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
        var today = inTokyo.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = inTokyo.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var browser = await SignedInAsync("U7");

        var fromToday = await TextAsync(browser, $"/incidents?q=invoices&type=default&from={today}&to={tomorrow}&status=open");
        var fromTomorrow = await TextAsync(browser, $"/incidents?q=invoices&from={tomorrow}");

        Assert.Multiple(() =>
        {
            Assert.That(fromToday, Does.Contain("Invoices quietly delayed"));
            Assert.That(fromToday, Does.Contain($"name=\"from\" value=\"{today}\"").And.Contain($"name=\"to\" value=\"{tomorrow}\""));
            Assert.That(fromToday, Does.Contain("<option value=\"default\" selected>"));
            Assert.That(fromTomorrow, Does.Contain("id=\"none\""));
        });
    }

    [TestCase("from=24.11.2026")]
    [TestCase("type=nonsense")]
    [TestCase("from=2026-11-24&to=2026-11-01")]
    public async Task Filters_NotUnderstood_400WithUsage(string query)
    {
        using var browser = await SignedInAsync("U2");

        using var response = await browser.GetAsync("/incidents?" + query);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("type=").And.Contain("2026-11-24").And.Contain("security"));
        });
    }

    private async Task<WebBrowser> SignedInAsync(string user)
    {
        var browser = new WebBrowser(_bot.Http.BaseAddress!);
        _bot.Slack.OpenId.SignInAs(user, "T0001");
        using var page = await browser.OpenAsync("/incidents");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return browser;
    }

    private static async Task<string> TextAsync(WebBrowser browser, string path)
    {
        using var response = await browser.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        return await response.Content.ReadAsStringAsync();
    }
}
