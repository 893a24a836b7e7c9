using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IncidentBot.Alerts;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Alerts;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// <c>POST /hooks/grafana</c> with Grafana's HMAC signing set (<c>IncidentBot__Hooks__grafana__Secret</c>): Grafana's own
/// documented payload, signed as Grafana's webhook sender signs (hex HMAC-SHA256 of <c>timestamp:body</c>), is taken;
/// anything unsigned, wrongly signed, signed over another body or too long ago is refused with 401 and records nothing.
/// </summary>
[TestFixture]
public sealed class GrafanaSignatureTests
{
    private const string Secret = "gf-hmac-5d21b7";
    private const string TimestampHeader = "X-Grafana-Alerting-Signature-Timestamp";

    private BotHarness _bot = null!;

    private AlertStore Alerts => _bot.Services.GetRequiredServiceOf<AlertStore>();

    private static string Body => AlertPayloads.Text("grafana-docs-webhook.json");

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private async Task StartAsync(bool withTimestamp = true, bool withToken = true)
    {
        var settings = AlertPayloads.Settings();
        settings["IncidentBot:Hooks:grafana:Secret"] = Secret;
        if (withTimestamp)
        {
            settings["IncidentBot:Hooks:grafana:TimestampHeader"] = TimestampHeader;
        }

        if (!withToken)
        {
            settings.Remove("IncidentBot:Hooks:grafana:Token");
        }

        _bot = await BotHarness.StartAsync(settings);
    }

    private Task<HttpResponseMessage> SendAsync(string body, string? signature, string? timestamp, string? token = AlertPayloads.GrafanaToken,
        string signatureHeader = "X-Grafana-Alerting-Signature")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/grafana") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (signature is not null)
        {
            request.Headers.Add(signatureHeader, signature);
        }

        if (timestamp is not null)
        {
            request.Headers.Add(TimestampHeader, timestamp);
        }

        return _bot.Http.SendAsync(request);
    }

    private static string Now(TimeSpan offset = default) =>
        (TimeProvider.System.GetUtcNow() + offset).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Sign(string secret, string? timestamp, string body) => GrafanaSignature.Sign(secret, timestamp, Encoding.UTF8.GetBytes(body));

    [Test]
    public async Task SignedAsGrafanaSigns_IsTaken()
    {
        await StartAsync();
        var timestamp = Now();

        var response = await SendAsync(Body, Sign(Secret, timestamp, Body), timestamp);
        await _bot.WaitForIdleAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await Alerts.CountAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task SignedBodyOnly_WithoutATimestampHeaderConfigured_IsTakenWithoutAToken()
    {
        await StartAsync(withTimestamp: false, withToken: false);

        var response = await SendAsync(Body, Sign(Secret, null, Body), null, token: null);
        await _bot.WaitForIdleAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await Alerts.CountAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task SignedUnderTheHeaderOlderGrafanaCodeDefaultsTo_IsTaken()
    {
        await StartAsync();
        var timestamp = Now();

        var response = await SendAsync(Body, Sign(Secret, timestamp, Body), timestamp, signatureHeader: GrafanaSignature.OlderDefaultHeader);
        await _bot.WaitForIdleAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await Alerts.CountAsync(), Is.EqualTo(2));
    }

    [Test]
    public void GrafanaTestVector_MatchesGrafanasOwnComputation()
    {
        // Grafana's HMACRoundTripper writes the timestamp, ":", then the body into HMAC-SHA256 keyed with the secret, hex encoded.
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes("secret"));
        var expected = Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes("1700000000:test message")));

        Assert.That(Sign("secret", "1700000000", "test message"), Is.EqualTo(expected));
    }

    public static IEnumerable<TestCaseData> Refusals()
    {
        yield return new TestCaseData("no signature", (Func<string, (string? Signature, string? Timestamp, string Body)>)(ts => (null, ts, Body)), "missing signature");
        yield return new TestCaseData("wrong secret", (Func<string, (string?, string?, string)>)(ts => (Sign("another-secret", ts, Body), ts, Body)), "does not match");
        yield return new TestCaseData("another body", (Func<string, (string?, string?, string)>)(ts => (Sign(Secret, ts, Body), ts, Body.Replace("firing", "resolved", StringComparison.Ordinal))), "does not match");
        yield return new TestCaseData("not hex", (Func<string, (string?, string?, string)>)(ts => ("sha256=" + Sign(Secret, ts, Body), ts, Body)), "not a hex");
        yield return new TestCaseData("no timestamp", (Func<string, (string?, string?, string)>)(ts => (Sign(Secret, ts, Body), null, Body)), "signing time");
        yield return new TestCaseData("another timestamp", (Func<string, (string?, string?, string)>)(ts => (Sign(Secret, ts, Body), Now(TimeSpan.FromSeconds(-30)), Body)), "does not match");
        yield return new TestCaseData("body-only signature", (Func<string, (string?, string?, string)>)(ts => (Sign(Secret, null, Body), ts, Body)), "does not match");
    }

    [TestCaseSource(nameof(Refusals))]
    public async Task BadSignature_Answers401AndRecordsNothing(string what, Func<string, (string? Signature, string? Timestamp, string Body)> make, string reason)
    {
        await StartAsync();
        var (signature, timestamp, body) = make(Now());

        var response = await SendAsync(body, signature, timestamp);
        await _bot.WaitForIdleAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), what);
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(reason));
        Assert.That(await Alerts.CountAsync(), Is.Zero);
    }

    [TestCase(-6)]
    [TestCase(6)]
    public async Task SignedMoreThanFiveMinutesFromNow_Answers401(int minutes)
    {
        await StartAsync();
        var timestamp = Now(TimeSpan.FromMinutes(minutes));

        var response = await SendAsync(Body, Sign(Secret, timestamp, Body), timestamp);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("more than 5 minutes"));
        Assert.That(await Alerts.CountAsync(), Is.Zero);
    }

    [Test]
    public async Task RightSignatureButWrongToken_Answers401()
    {
        await StartAsync();
        var timestamp = Now();

        var response = await SendAsync(Body, Sign(Secret, timestamp, Body), timestamp, token: "wrong");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await Alerts.CountAsync(), Is.Zero);
    }
}
