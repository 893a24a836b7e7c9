using System.Net;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using IncidentBot.Web;

namespace IncidentBot.Tests.Web;

/// <summary>
/// The web view end to end: sign in with Slack through the fake's OpenID endpoints, a signed session cookie, the
/// incident list and page, and private incidents shown only to their members.
/// </summary>
[TestFixture]
public sealed class WebViewTests
{
    private BotHarness _bot = null!;
    private WebBrowser _browser = null!;

    [SetUp]
    public async Task StartAsync()
    {
        var slack = await BotHarness.StartSlackAsync();
        _bot = await BotHarness.StartAsync(Settings(slack.OpenId.ClientId, slack.OpenId.ClientSecret), slack);
        _browser = new WebBrowser(_bot.Http.BaseAddress!);
    }

    [TearDown]
    public async Task StopAsync()
    {
        _browser.Dispose();
        await _bot.DisposeAsync();
    }

    public static Dictionary<string, string?> Settings(string clientId, string secret) => ResolveSteps.Settings(
        ("IncidentBot:Web:ClientId", clientId), ("IncidentBot:Web:ClientSecret", secret), ("IncidentBot:Web:PublicUrl", WebBrowser.PublicUrl));

    [Test]
    public async Task Incidents_NotSignedIn_RedirectsToSignIn()
    {
        using var response = await _browser.GetAsync("/incidents?status=open");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/web/signin?return=%2Fincidents%3Fstatus%3Dopen"));
        });
    }

    [Test]
    public async Task SignIn_RoundTripThroughSlack_ListsIncidentsNewestFirst()
    {
        await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");
        await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");
        _bot.Slack.OpenId.SignInAs("U2", "T0001");

        using var page = await _browser.OpenAsync("/incidents");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(_browser.Visited.Select(u => u.AbsolutePath), Is.EqualTo(new[] { "/incidents", "/web/signin", "/openid/connect/authorize", "/web/callback", "/incidents" }));
            Assert.That(html.IndexOf("Checkout is failing", StringComparison.Ordinal), Is.LessThan(html.IndexOf("Search is slow", StringComparison.Ordinal)).And.Not.Negative);
            Assert.That(html, Does.Contain("Bob Baker"), "who is signed in");
            Assert.That(_bot.Slack.CallsTo("openid.connect.token"), Has.Count.EqualTo(1));
            Assert.That(_bot.Slack.CallsTo("openid.connect.userInfo"), Has.Count.EqualTo(1));
        });
        var cookie = _browser.Handler.CookieContainer.GetCookies(_bot.Http.BaseAddress!)[SessionCookie.SessionName]!;
        Assert.That(cookie.HttpOnly, Is.True);
    }

    [Test]
    public async Task Incidents_StatusAndSeverityFilters_ShowOnlyMatches()
    {
        await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");
        await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");
        await SignInAsync("U1");

        var sev2 = await TextAsync("/incidents?severity=sev2");
        var closed = await TextAsync("/incidents?status=closed");
        using var bad = await _browser.GetAsync("/incidents?severity=sev9");

        Assert.Multiple(async () =>
        {
            Assert.That(sev2, Does.Contain("Search is slow").And.Not.Contain("Checkout is failing"));
            Assert.That(closed, Does.Contain("id=\"none\"").And.Not.Contain("Search is slow"));
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await bad.Content.ReadAsStringAsync(), Does.Contain("severity=").And.Contain("sev1").And.Contain("status=open"));
        });
    }

    [Test]
    public async Task Incidents_MoreMatchThanListed_SaysHowManyAndToNarrow()
    {
        var most = Core.Incidents.IncidentListFilter.MostListed;
        await SeedAsync(most + 3, severity: i => i < 3 ? "sev1" : "sev2");
        await SignInAsync("U2");

        var all = await TextAsync("/incidents");
        var sev1 = await TextAsync("/incidents?severity=sev1");

        Assert.Multiple(() =>
        {
            Assert.That(System.Text.RegularExpressions.Regex.Count(all, "<tr><td><a href=\"/incidents/"), Is.EqualTo(most));
            Assert.That(all, Does.Contain($"Showing the {most} most recent of {most + 3} — narrow the search."));
            Assert.That(all, Does.Contain($"Seeded {most + 3}<").And.Not.Contain("Seeded 3<"), "the newest listed, the oldest left out");
            Assert.That(sev1, Does.Contain("Seeded 3<").And.Not.Contain("id=\"more\""), "a narrowed search lists them all and says nothing");
        });
    }

    [Test]
    public async Task Incidents_ExactlyTheMostListed_SaysNothingMore()
    {
        await SeedAsync(Core.Incidents.IncidentListFilter.MostListed, severity: _ => "sev2");
        await SignInAsync("U2");

        Assert.That(await TextAsync("/incidents"), Does.Contain("Seeded 1<").And.Not.Contain("id=\"more\""));
    }

    [Test]
    public async Task Incident_Page_ShowsBriefRolesTimelineInReadersZoneAndActionItems()
    {
        _bot.Slack.AddUser("U9", "kenji", "Kenji <b>Sato</b>", tz: "Asia/Tokyo");
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout <script>alert(1)</script> failing");
        await _bot.Requests.CommandAsync("action Roll back the deploy", "U1", incident.ChannelId!);
        await _bot.Requests.CommandAsync("action Ask <@U1> to read <https://evil.example/x|Grafana> &amp; logs", "U1", incident.ChannelId!);
        await SignInAsync("U9");

        var html = await TextAsync($"/incidents/{incident.Number}");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Not.Contain("<script>"));
            Assert.That(html, Does.Contain("Alice Able"), "the incident commander by name");
            Assert.That(html, Does.Contain("Times in Asia/Tokyo"));
            Assert.That(html, Does.Contain(Core.Texts.Words.English.DateTime(TimeZoneInfo.ConvertTime(incident.DeclaredAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")))),
                "the declaration time in the reader's zone");
            Assert.That(html, Does.Contain("Roll back the deploy"));
            Assert.That(html, Does.Contain("Kenji &lt;b&gt;Sato&lt;/b&gt;"));
            Assert.That(html, Does.Contain("Ask to read Grafana (https://evil.example/x) &amp; logs — Alice Able"),
                "the owner by name, a link showing its real address, Slack's escapes undone once");
            Assert.That(html, Does.Not.Contain("&lt;@U1"), "no raw Slack mention anywhere, the timeline's included");
        });
    }

    [Test]
    public async Task Incidents_ReaderSignedInInRussian_PageInRussian()
    {
        await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");
        _bot.Slack.OpenId.SignInAs("U2", "T0001", locale: "ru-RU");

        using var page = await _browser.OpenAsync("/incidents");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<html lang=\"ru\">").And.Contain("Инциденты").And.Contain("Выйти"));
            Assert.That(html, Does.Contain("Search is slow"));
        });
    }

    [Test]
    public async Task PrivateIncident_NonMember_NeitherListedNorOpened()
    {
        var secret = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Leaked credentials");
        await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");
        await SignInAsync("U3");

        var list = await TextAsync("/incidents");
        using var page = await _browser.GetAsync($"/incidents/{secret.Number}");
        using var missing = await _browser.GetAsync("/incidents/999");

        Assert.Multiple(async () =>
        {
            Assert.That(list, Does.Contain("Search is slow").And.Not.Contain("Leaked credentials").And.Not.Contain($"/incidents/{secret.Number}\""));
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await page.Content.ReadAsStringAsync(), Does.Not.Contain("Leaked credentials"));
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the same answer as a number never used");
        });
    }

    [Test]
    public async Task PrivateIncident_Member_ListedAndOpened()
    {
        var secret = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Leaked credentials");
        await _bot.WaitForIdleAsync();
        await SignInAsync("U1");

        Assert.Multiple(async () =>
        {
            Assert.That(await TextAsync("/incidents"), Does.Contain("Leaked credentials"));
            Assert.That(await TextAsync($"/incidents/{secret.Number}"), Does.Contain("Leaked credentials"));
        });
    }

    [Test]
    public async Task Session_TamperedCookie_ReadsAsSignedOut()
    {
        await SignInAsync("U3");
        var cookie = _browser.Cookie(SessionCookie.SessionName)!;
        var payload = System.Text.Encoding.UTF8.GetString(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(cookie[..cookie.IndexOf('.', StringComparison.Ordinal)]));
        var forged = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(payload.Replace("U3", "U1", StringComparison.Ordinal)));
        _browser.SetCookie(SessionCookie.SessionName, forged + cookie[cookie.IndexOf('.', StringComparison.Ordinal)..]);

        using var response = await _browser.GetAsync("/incidents");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "a forged session is nobody's");
    }

    [Test]
    public async Task Session_SignInCookieReplayedAsSession_SentToSignIn()
    {
        await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search is slow");
        using var started = await _browser.GetAsync("/web/signin?return=%2Fincidents");
        var signIn = _browser.Cookie(SessionCookie.SignInName);
        Assert.That(signIn, Is.Not.Null.And.Not.Empty, "anyone is given a sign-in cookie");
        _browser.SetCookie(SessionCookie.SessionName, signIn!);

        using var list = await _browser.GetAsync("/incidents");
        using var insights = await _browser.GetAsync("/insights");

        Assert.Multiple(async () =>
        {
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the sign-in cookie is no session");
            Assert.That(list.Headers.Location?.ToString(), Does.StartWith("/web/signin"));
            Assert.That(await list.Content.ReadAsStringAsync(), Does.Not.Contain("Search is slow"));
            Assert.That(insights.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        });
    }

    [Test]
    public async Task SignOut_ClearsTheSession()
    {
        await SignInAsync("U3");

        using var signedOut = await _browser.PostAsync("/web/signout");
        using var after = await _browser.GetAsync("/incidents");

        Assert.Multiple(() =>
        {
            Assert.That(signedOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(_browser.Cookie(SessionCookie.SessionName), Is.Null.Or.Empty);
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        });
    }

    [Test]
    public async Task SignIn_AnotherWorkspace_Refused()
    {
        _bot.Slack.OpenId.SignInAs("U2", "T0OTHER");

        using var page = await _browser.OpenAsync("/incidents");

        Assert.Multiple(() =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(_browser.Cookie(SessionCookie.SessionName), Is.Null);
        });
    }

    [Test]
    public async Task SignIn_SlackFailsTheExchange_ExplainsWithout500()
    {
        _bot.Slack.OpenId.SignInAs("U2", "T0001");
        _bot.Slack.Faults.Enqueue("openid.connect.token", new FakeSlack.ServerErrorFault(503));

        using var page = await _browser.OpenAsync("/incidents");

        Assert.Multiple(async () =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("Slack cannot be reached"));
            Assert.That(_browser.Cookie(SessionCookie.SessionName), Is.Null);
        });
    }

    [Test]
    public async Task Callback_WithoutStartingHere_RefusedWithoutCallingSlack()
    {
        using var response = await _browser.GetAsync("/web/callback?code=stolen&state=forged");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(_bot.Slack.CallsTo("openid.connect.token"), Is.Empty);
        });
    }

    /// <summary>Incidents written straight to the database, numbered 1 to <paramref name="count"/> and titled "Seeded n".</summary>
    private async Task SeedAsync(int count, Func<int, string> severity)
    {
        var store = new Core.Storage.IncidentStore(_bot.Database);
        var declared = Core.Storage.UnixTime.ToUnixMs(TimeProvider.System.GetUtcNow().AddDays(-1));
        await _bot.Database.InTransactionAsync(async tx =>
        {
            for (var i = 0; i < count; i++)
            {
                await store.InsertAsync(tx, new Core.Storage.NewIncident($"Seeded {i + 1}", severity(i), false, "U1", declared + i, null, null, $"seed-{i + 1}", null));
            }
        });
    }

    private async Task SignInAsync(string user)
    {
        _bot.Slack.OpenId.SignInAs(user, "T0001");
        using var page = await _browser.OpenAsync("/incidents");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"signed in via {string.Join(" → ", _browser.Visited)}: {await page.Content.ReadAsStringAsync()}");
    }

    private async Task<string> TextAsync(string path)
    {
        using var response = await _browser.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        return await response.Content.ReadAsStringAsync();
    }
}
