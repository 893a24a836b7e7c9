using System.Net;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Web;

/// <summary>Without its settings the web view is not there at all.</summary>
[TestFixture]
public sealed class WebViewOffTests
{
    [Test]
    public async Task Incidents_WebViewNotConfigured_Answers404()
    {
        await using var bot = await BotHarness.StartAsync();

        using var list = await bot.Http.GetAsync("/incidents");
        using var signIn = await bot.Http.GetAsync("/web/signin");

        Assert.Multiple(() =>
        {
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }
}
