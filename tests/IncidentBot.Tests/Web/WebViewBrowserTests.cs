using IncidentBot.Core.Storage;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using Microsoft.Playwright;
using Browser = IncidentBot.Tests.StatusPage.Browser;

namespace IncidentBot.Tests.Web;

/// <summary>
/// The web view in a real headless Chromium: sign in through the fake Slack, find an incident by a word from its
/// timeline, open it and read its rendered post-mortem, and open the insights' charts, with no console errors. The bot's public address (web.test)
/// reaches the bot through the browser's proxy setting, as a proxy in front of it would. With <c>INCIDENTBOT_SCREENSHOTS</c>
/// set, the list, the incident page and the insights are saved as docs/web-list.png, docs/web-incident.png and
/// docs/web-insights.png, and the list 375 px wide as docs/web-list-phone.png.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class WebViewBrowserTests
{
    private BotHarness _bot = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        (_playwright, _browser) = await Browser.LaunchAsync();
        var slack = await BotHarness.StartSlackAsync();
        _bot = await BotHarness.StartAsync(WebViewTests.Settings(slack.OpenId.ClientId, slack.OpenId.ClientSecret), slack);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    [Test]
    public async Task SignIn_SearchByTimelineWord_OpenTheIncident_ReadThePostmortem()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Image uploads failing");
        await ResolveSteps.DeclareAsync(_bot, "declare sev3 Image thumbnails blurry");
        await _bot.Requests.CommandAsync("note Purged the corrupted thumbnailer cache", "U1", incident.ChannelId!);
        await _bot.Database.InTransactionAsync(tx => new PostmortemStore(_bot.Database).AddAsync(tx, incident.Id, "browser-pm",
            "# What happened\n\nThe **thumbnailer** cache was corrupted. See [the runbook](https://runbooks.example/images).", TimeProvider.System.GetUtcNow()));
        _bot.Slack.OpenId.SignInAs("U2", "T0001");
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            Proxy = new Proxy { Server = _bot.Http.BaseAddress!.GetLeftPart(UriPartial.Authority), Bypass = "127.0.0.1,localhost" },
            ViewportSize = new() { Width = 1100, Height = 800 },
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(WebBrowser.PublicUrl + "incidents");
        await ScreenshotAsync(page, "web-list.png");
        await page.FillAsync("input[name=q]", "thumbnailer");
        await page.ClickAsync("form.filters button[type=submit]");
        var found = await page.Locator("#incidents tbody tr").AllInnerTextsAsync();
        await page.ClickAsync($"#incidents a[href='/incidents/{incident.Number}']");
        await ScreenshotAsync(page, "web-incident.png");

        Assert.Multiple(async () =>
        {
            Assert.That(found, Has.Count.EqualTo(1).And.Some.Contains("Image uploads failing"), "only the incident whose timeline has the word");
            Assert.That(await page.Locator("h1").First.InnerTextAsync(), Does.Contain("Image uploads failing"));
            Assert.That(await page.Locator("#postmortem h1").InnerTextAsync(), Is.EqualTo("What happened"));
            Assert.That(await page.Locator("#postmortem strong").InnerTextAsync(), Is.EqualTo("thumbnailer"));
            Assert.That(await page.Locator("#postmortem p").Last.InnerTextAsync(), Is.EqualTo("The thumbnailer cache was corrupted. See the runbook (https://runbooks.example/images)."));
            Assert.That(errors, Is.Empty, "no console errors");
        });
    }

    [Test]
    public async Task SignIn_OpenInsights_ChartsDrawnWithoutConsoleErrors()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Payments timing out");
        await ResolveSteps.ResolveAsync(_bot, incident);
        await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search results stale");
        _bot.Slack.OpenId.SignInAs("U2", "T0001");
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            Proxy = new Proxy { Server = _bot.Http.BaseAddress!.GetLeftPart(UriPartial.Authority), Bypass = "127.0.0.1,localhost" },
            ViewportSize = new() { Width = 1100, Height = 800 },
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        // Signing in returns to the insights it started from.
        await page.GotoAsync(WebBrowser.PublicUrl + "insights");
        await ScreenshotAsync(page, "web-insights.png");

        var charts = page.Locator("svg.chart[role=img]");
        Assert.Multiple(async () =>
        {
            Assert.That(page.Url, Does.EndWith("/insights"), "back where the sign-in started");
            Assert.That(await charts.CountAsync(), Is.GreaterThanOrEqualTo(3), "per week, per severity and times per month");
            Assert.That(await page.Locator("#per-week rect").CountAsync(), Is.GreaterThan(0), "bars drawn");
            Assert.That((await charts.First.BoundingBoxAsync())!.Width, Is.GreaterThan(200), "laid out at a readable size");
            Assert.That(await page.Locator("#per-severity title").First.TextContentAsync(), Is.Not.Empty);
            Assert.That(errors, Is.Empty, "no console errors");
        });
    }

    [Test]
    public async Task Phone375_IncidentList_NoHorizontalScroll()
    {
        await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout-payments-gateway-timeouts-in-eu-west-1-after-the-certificate-rotation");
        await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search results are stale for customers in every region after last night's reindex");
        _bot.Slack.OpenId.SignInAs("U2", "T0001");
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            Proxy = new Proxy { Server = _bot.Http.BaseAddress!.GetLeftPart(UriPartial.Authority), Bypass = "127.0.0.1,localhost" },
            ViewportSize = new() { Width = 375, Height = 812 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2,
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync(WebBrowser.PublicUrl + "incidents");
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var row = await page.Locator("#incidents tbody tr").First.BoundingBoxAsync();
        await ScreenshotAsync(page, "web-list-phone.png");

        Assert.Multiple(async () =>
        {
            Assert.That(await page.Locator("#incidents tbody tr").CountAsync(), Is.GreaterThanOrEqualTo(2), "signed in and listed");
            Assert.That(widths[0], Is.LessThanOrEqualTo(widths[1]), $"scrollWidth {widths[0]} > clientWidth {widths[1]}: the list scrolls sideways");
            Assert.That(row!.X + row.Width, Is.LessThanOrEqualTo(375), "a row fits the screen");
            Assert.That(await page.Locator("#incidents").InnerTextAsync(), Does.Contain("Checkout-payments-gateway").And.Contain("Search results are stale"));
        });
    }

    /// <summary>With <c>INCIDENTBOT_SCREENSHOTS</c> set, saves the page as docs/<paramref name="name"/> for the README.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("INCIDENTBOT_SCREENSHOTS")))
        {
            return;
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoRoot.Path, "docs", name), FullPage = true });
    }
}
