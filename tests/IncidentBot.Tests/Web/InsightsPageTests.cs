using System.Net;
using System.Text.RegularExpressions;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Web;

/// <summary>
/// <c>/insights</c> end to end, one host for the fixture: signed in through the fake Slack, charts drawn as inline SVG
/// with their numbers also in tables, and a private incident counted only for its members.
/// </summary>
[TestFixture]
public sealed partial class InsightsPageTests
{
    private BotHarness _bot = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var slack = await BotHarness.StartSlackAsync();
        _bot = await BotHarness.StartAsync(WebViewTests.Settings(slack.OpenId.ClientId, slack.OpenId.ClientSecret), slack);
        var open = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");
        await ResolveSteps.ResolveAsync(_bot, open, rootCause: "A #config push");
        var secret = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Leaked credentials");
        await ResolveSteps.ResolveAsync(_bot, secret);
        await _bot.WaitForIdleAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Insights_NotSignedIn_RedirectsToSignIn()
    {
        using var browser = new WebBrowser(_bot.Http.BaseAddress!);

        using var response = await browser.GetAsync("/insights?days=30");

        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/web/signin?return=%2Finsights%3Fdays%3D30"));
    }

    [Test]
    public async Task Insights_SignInFromHere_ReturnsHere()
    {
        using var browser = new WebBrowser(_bot.Http.BaseAddress!);
        _bot.Slack.OpenId.SignInAs("U2", "T0001");

        using var page = await browser.OpenAsync("/insights?days=30");

        Assert.Multiple(() =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(browser.Visited.Last().PathAndQuery, Is.EqualTo("/insights?days=30"), $"signed in via {string.Join(" → ", browser.Visited)}");
        });
    }

    [Test]
    public async Task Insights_NonMember_ChartsAndTablesWithoutThePrivateIncident()
    {
        var html = await PageAsync("U3", "/insights");

        Assert.Multiple(() =>
        {
            foreach (var chart in new[] { "per-week", "per-severity", "times-per-month", "rates" })
            {
                Assert.That(html, Does.Match($"<svg id=\"{chart}\" class=\"chart\" role=\"img\"[^>]*aria-labelledby=\"{chart}-title {chart}-desc\""), chart);
                Assert.That(html, Does.Contain($"<desc id=\"{chart}-desc\">"), chart);
            }

            Assert.That(html, Does.Not.Contain("<script"));
            Assert.That(html, Does.Contain("Search is slow"), "the longest incidents");
            Assert.That(html, Does.Not.Contain("Leaked credentials"));
            Assert.That(AllRow(html), Is.EqualTo("1"), "the private SEV1 is left out of the counts");
            Assert.That(html, Does.Not.Contain("<th scope=\"col\">Severity</th><th scope=\"col\">Incidents</th></tr></thead><tbody><tr><td>SEV1"));
        });
    }

    [Test]
    public async Task Insights_Member_CountsThePrivateIncident()
    {
        var html = await PageAsync("U1", "/insights?days=7");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("Leaked credentials"));
            Assert.That(AllRow(html), Is.EqualTo("2"));
            Assert.That(html, Does.Contain("value=\"7\""), "the window is kept in the form");
        });
    }

    [Test]
    public async Task Insights_BadWindow_ExplainsWith400()
    {
        using var browser = await SignedInAsync("U2");

        using var response = await browser.GetAsync("/insights?days=900");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Use days=N with N from 1 to 365"));
        });
    }

    [Test]
    public async Task Header_OnEveryPage_LinksToInsights() =>
        Assert.That(await PageAsync("U2", "/incidents"), Does.Contain("<a href=\"/insights\">Insights</a>"));

    private async Task<string> PageAsync(string user, string path)
    {
        using var browser = await SignedInAsync(user);
        using var response = await browser.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<WebBrowser> SignedInAsync(string user)
    {
        var browser = new WebBrowser(_bot.Http.BaseAddress!);
        _bot.Slack.OpenId.SignInAs(user, "T0001");
        using var page = await browser.OpenAsync("/incidents");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return browser;
    }

    /// <summary>The incident count in the figures table's "All" row.</summary>
    private static string AllRow(string html) => AllCount().Match(html).Groups[1].Value;

    [GeneratedRegex("<tr><td>All</td><td>(\\d+)</td>")]
    private static partial Regex AllCount();
}
