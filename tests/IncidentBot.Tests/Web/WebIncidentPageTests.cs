using System.Net;
using Dapper;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Web;

/// <summary>
/// An incident's page end to end: its status history, related incidents (merges, links; a private one only for its
/// members), the post-mortem rendered from its Markdown with every version viewable, and the Markdown as a download.
/// One host for the fixture; each test declares incidents of its own.
/// </summary>
[TestFixture]
public sealed class WebIncidentPageTests
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
    public async Task Resolved_PageShowsStatusHistoryAndTheRenderedPostmortem_EveryVersionViewableAndDownloadable()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Basket totals wrong");
        await ResolveSteps.ResolveAsync(_bot, incident, rootCause: "A rounding change in the **pricing** service");
        await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 1);
        await _bot.Database.InTransactionAsync(tx => new PostmortemStore(_bot.Database).AddAsync(tx, incident.Id, "web-test-v2",
            "# Second draft\n\nSee [the dashboard](https://grafana.example/d/1) and <script>alert(1)</script>.", TimeProvider.System.GetUtcNow()));
        using var browser = await SignedInAsync("U2");

        var latest = await TextAsync(browser, $"/incidents/{incident.Number}");
        var first = await TextAsync(browser, $"/incidents/{incident.Number}?version=1");
        using var download = await browser.GetAsync($"/incidents/{incident.Number}/postmortem.md?version=1");
        using var missing = await browser.GetAsync($"/incidents/{incident.Number}?version=7");

        Assert.Multiple(async () =>
        {
            Assert.That(Section(latest, "status-history"), Does.Contain("<time").And.Contain("esolved"));
            Assert.That(latest, Does.Contain("<h1>Second draft</h1>"), "the latest version, rendered");
            Assert.That(latest, Does.Contain("the dashboard (<a href=\"https://grafana.example/d/1\">https://grafana.example/d/1</a>)"), "a link shows where it goes");
            Assert.That(latest, Does.Contain("&lt;script&gt;").And.Not.Contain("<script>"), "raw HTML is text");
            Assert.That(latest, Does.Contain($"href=\"/incidents/{incident.Number}?version=1\""));
            Assert.That(first, Does.Contain("<strong>pricing</strong>").And.Not.Contain("Second draft</h1>"), "version 1 as compiled at resolution");
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(download.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/markdown"));
            Assert.That(download.Content.Headers.ContentDisposition!.DispositionType, Is.EqualTo("attachment"));
            Assert.That(download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName, Does.Contain($"INC-{incident.Number}-postmortem-v1.md"));
            Assert.That(await download.Content.ReadAsStringAsync(), Does.Contain("A rounding change in the **pricing** service"), "the Markdown itself");
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await missing.Content.ReadAsStringAsync(), Does.Contain("no post-mortem version 7"));
        });
    }

    [Test]
    public async Task Merged_BothPagesShowTheOtherAsRelated_APrivateLinkOnlyToItsMembers()
    {
        var survivor = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Warehouse sync stalled");
        var duplicate = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Stock counts frozen");
        var secret = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Supplier credentials leaked");
        await _bot.Requests.CommandAsync($"merge INC-{survivor.Number}", "U1", duplicate.ChannelId!);
        await _bot.Database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync(
            "INSERT INTO incident_links (incident_id, related_number, created_by, created_at) VALUES (@id, @number, 'U1', 0)",
            new { id = survivor.Id, number = secret.Number }, tx));
        await _bot.WaitForIdleAsync();
        using var member = await SignedInAsync("U1");
        using var other = await SignedInAsync("U3");

        var survivorForMember = Section(await TextAsync(member, $"/incidents/{survivor.Number}"), "related");
        var survivorForOther = Section(await TextAsync(other, $"/incidents/{survivor.Number}"), "related");
        var duplicatePage = await TextAsync(other, $"/incidents/{duplicate.Number}");

        Assert.Multiple(() =>
        {
            Assert.That(survivorForMember, Does.Contain($"href=\"/incidents/{duplicate.Number}\"").And.Contain("Supplier credentials leaked"));
            Assert.That(survivorForOther, Does.Contain("Stock counts frozen").And.Not.Contain("Supplier").And.Not.Contain($"/incidents/{secret.Number}\""));
            Assert.That(Section(duplicatePage, "related"), Does.Contain($"href=\"/incidents/{survivor.Number}\""));
            Assert.That(Section(duplicatePage, "status-history"), Does.Contain($"INC-{survivor.Number}"), "the merge is a change of state");
        });
    }

    [Test]
    public async Task Postmortem_NoneYetOrNotYours_404WithAReason()
    {
        var open = await ResolveSteps.DeclareAsync(_bot, "declare sev3 Search suggestions stale");
        var secret = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Board minutes exposed");
        await _bot.WaitForIdleAsync();
        using var other = await SignedInAsync("U3");

        using var none = await other.GetAsync($"/incidents/{open.Number}/postmortem.md");
        using var hidden = await other.GetAsync($"/incidents/{secret.Number}/postmortem.md");
        var page = await TextAsync(other, $"/incidents/{open.Number}");

        Assert.Multiple(async () =>
        {
            Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await none.Content.ReadAsStringAsync(), Does.Contain($"INC-{open.Number} has no post-mortem yet"));
            Assert.That(hidden.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await hidden.Content.ReadAsStringAsync(), Does.Not.Contain("Board minutes"));
            Assert.That(page, Does.Contain("id=\"postmortem-none\""));
        });
    }

    [Test]
    public async Task ActionItems_FiledAsTickets_ShowTheirKeysLinkedToTheTracker()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Invoices duplicated");
        await _bot.Requests.CommandAsync("action Add an idempotency key to invoice runs", "U1", incident.ChannelId!);
        await _bot.Requests.CommandAsync("action Alert on duplicate invoice numbers", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();
        var items = await new ActionItemStore(_bot.Database).ListAsync(incident.Id);
        await new TicketStore(_bot.Database).AddAsync(
            new IncidentBot.Core.Integrations.FiledTicket(items[0].Id, "jira", "OPS-7", "https://acme.atlassian.net/browse/OPS-7"), TimeProvider.System.GetUtcNow());
        using var browser = await SignedInAsync("U1");

        var actions = Section(await TextAsync(browser, $"/incidents/{incident.Number}"), "actions");

        Assert.That(actions, Does.Contain("<a href=\"https://acme.atlassian.net/browse/OPS-7\">OPS-7</a>"));
        Assert.That(actions.Split("<li>").Count(l => l.Contains("OPS-7", StringComparison.Ordinal)), Is.EqualTo(1), "only the filed item shows a ticket");
    }

    /// <summary>The element with the given id and what follows it up to the next heading.</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.That(start, Is.Not.Negative, id);
        var end = html.IndexOf("<h2>", start, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
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
