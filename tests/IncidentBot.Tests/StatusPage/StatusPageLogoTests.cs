using IncidentBot.Tests.Support;
using static IncidentBot.Tests.StatusPage.StatusPageSteps;

namespace IncidentBot.Tests.StatusPage;

/// <summary>The configured logo (<c>IncidentBot__StatusPage__LogoUrl</c>) heads the served page, beside its title; unset, there is none.</summary>
[TestFixture]
public sealed class StatusPageLogoTests
{
    private BotHarness? _bot;

    [TearDown]
    public async Task StopAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    [Test]
    public async Task Page_LogoConfigured_ShowsItInTheHeaderBeforeTheTitle()
    {
        _bot = await BotHarness.StartAsync(Settings(("IncidentBot:StatusPage:LogoUrl", "https://cdn.example.com/acme/logo.png?v=2&size=64")));

        var (body, response) = await GetAsync(_bot, "/status");

        Assert.That(response.IsSuccessStatusCode, Is.True);
        var header = body[body.IndexOf("<header>", StringComparison.Ordinal)..body.IndexOf("</header>", StringComparison.Ordinal)];
        Assert.That(header, Does.Contain("<img src=\"https://cdn.example.com/acme/logo.png?v=2&amp;size=64\" alt=\"\">"));
        Assert.That(header.IndexOf("<img", StringComparison.Ordinal), Is.LessThan(header.IndexOf("<h1>Acme status</h1>", StringComparison.Ordinal)));
        Assert.That(response.Headers.Contains("Content-Security-Policy"), Is.False, "nothing keeps the browser from loading the logo from its host");
    }

    [Test]
    public async Task Page_NoLogoConfigured_HasNoImage()
    {
        _bot = await BotHarness.StartAsync(Settings());

        var (body, _) = await GetAsync(_bot, "/status");

        Assert.That(body, Does.Contain("<h1>Acme status</h1>").And.Not.Contain("<img"));
    }
}
