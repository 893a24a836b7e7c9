using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using Microsoft.Playwright;
using static IncidentBot.Tests.StatusPage.StatusPageSteps;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.StatusPage;

/// <summary>
/// The status page in a real headless Chromium: a live incident's stage, components and messages, the banner, landmarks
/// and headings, no console errors, the same content with JavaScript off, and no horizontal scroll 375 px wide. With
/// <c>INCIDENTBOT_SCREENSHOTS</c> set, the desktop and phone views are saved as docs/status-desktop.png and docs/status-phone.png.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class StatusPageBrowserTests
{
    private BotHarness _bot = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private Uri _page = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        (_playwright, _browser) = await Browser.LaunchAsync();
        _bot = await BotHarness.StartAsync(Settings(("IncidentBot:StatusPage:TimeZone", "Europe/Berlin")));
        _page = new Uri(_bot.Http.BaseAddress!, "/status");
        var resolved = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Login emails delayed");
        await _bot.Requests.CommandAsync("update --public Sign-in emails are arriving late; we are investigating.", "U1", resolved.ChannelId!);
        await ResolveSteps.ResolveAsync(_bot, resolved);
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Checkout card payments time out");
        await SubmitAsync(_bot, await OpenUpdateFormAsync(_bot, incident), "Investigating", "Card processor answering slowly",
            ("components", Components("checkout:major_outage", "api:degraded")),
            ("public_message", Text("We are investigating failed card payments at checkout. Customers may see an error when paying; " +
                "no card is charged twice. Averyveryveryverylongwordwithoutanyspacesthatmustwrapratherthanscrollsidewaysonaphone.")),
            ("public_stage", Select("Investigating")));
        await _bot.Requests.CommandAsync("update --public We have identified a slow card processor and are failing over to the second one.", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();
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
    public async Task Desktop_LiveIncident_ShowsBannerStageComponentsAndMessagesWithoutConsoleErrors()
    {
        var (page, errors) = await OpenAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });

        Assert.Multiple(async () =>
        {
            Assert.That(await page.Locator("#banner").InnerTextAsync(), Is.EqualTo("Major outage"));
            Assert.That(await page.Locator("h1").AllInnerTextsAsync(), Is.EqualTo(new[] { "Acme status" }));
            Assert.That(await page.Locator("main").CountAsync(), Is.EqualTo(1));
            Assert.That(await page.Locator("body > header").CountAsync(), Is.EqualTo(1));
            Assert.That(await page.Locator("body > footer").CountAsync(), Is.EqualTo(1));
            var current = page.Locator("section[aria-labelledby=current] article");
            Assert.That(await current.CountAsync(), Is.EqualTo(1));
            Assert.That(await current.Locator("h3").InnerTextAsync(), Is.EqualTo("Public API, Checkout"));
            Assert.That(await current.Locator(".stage").InnerTextAsync(), Is.EqualTo("Investigating"));
            var messages = await current.Locator("ol.messages li p").AllInnerTextsAsync();
            Assert.That(messages, Has.Count.EqualTo(2));
            Assert.That(messages[0], Does.StartWith("We have identified a slow card processor"), "newest first");
            Assert.That(await page.Locator("ul.components li").AllInnerTextsAsync(), Has.Some.Contains("Checkout").And.Some.Contains("Major outage"));
            Assert.That(await page.Locator("section[aria-labelledby=resolved] article .stage").AllInnerTextsAsync(), Is.EqualTo(new[] { "Resolved" }));
            Assert.That(await page.Locator("a[href='https://support.example.com']").InnerTextAsync(), Is.EqualTo("Support"));
            Assert.That(errors, Is.Empty, "no console errors");
        });
        await ScreenshotAsync(page, "status-desktop.png");
    }

    [Test]
    public async Task Phone375_LongWords_NoHorizontalScroll()
    {
        var (page, errors) = await OpenAsync(new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = 375, Height = 812 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2,
        });

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        Assert.That(widths[0], Is.LessThanOrEqualTo(widths[1]), $"scrollWidth {widths[0]} > clientWidth {widths[1]}: the page scrolls sideways");
        Assert.That(await page.Locator("#banner").IsVisibleAsync(), Is.True);
        Assert.That(errors, Is.Empty);
        await ScreenshotAsync(page, "status-phone.png");
    }

    [Test]
    public async Task JavaScriptOff_SameContent()
    {
        var (page, _) = await OpenAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });

        Assert.That(await page.Locator("#banner").InnerTextAsync(), Is.EqualTo("Major outage"));
        Assert.That(await page.Locator("ol.messages li").CountAsync(), Is.EqualTo(3), "two live messages and the resolved incident's one");
    }

    private async Task<(IPage Page, List<string> Errors)> OpenAsync(BrowserNewContextOptions options)
    {
        var context = await _browser.NewContextAsync(options);
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
        var response = await page.GotoAsync(_page.ToString());
        Assert.That(response?.Status, Is.EqualTo(200));
        return (page, errors);
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("INCIDENTBOT_SCREENSHOTS")))
        {
            return;
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoRoot.Path, "docs", name), FullPage = true });
    }
}
