using System.Globalization;
using System.Net;
using System.Text;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// <c>/metrics</c> as the internet meets it: guarded by the token when one is set, in a format Prometheus parses, and with
/// labels a stranger's requests cannot multiply.
/// </summary>
[TestFixture]
public sealed class MetricsEndpointTests
{
    private const string Token = "3f9c2a7d41e8b6059c1d7e2a4b8f6031";

    private static readonly string[] Routes =
        ["/slack/commands", "/slack/interactions", "/slack/events", "/healthz", "/readyz", "/metrics", "other"];

    private BotHarness _bot = null!;

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Scrape_WithATokenConfigured_RefusesWithoutItOrWithAnotherAndAnswersWithIt()
    {
        _bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["IncidentBot:MetricsToken"] = Token });

        using var none = await _bot.GetMetricsAsync();
        using var wrong = await _bot.GetMetricsAsync(Token[..^1] + "0");
        using var right = await _bot.GetMetricsAsync(Token);

        Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(none.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"));
        Assert.That(await none.Content.ReadAsStringAsync(), Does.Not.Contain("incidentbot_"));
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Not.Contain("incidentbot_"));
        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var metrics = PrometheusText.Parse(await right.Content.ReadAsStringAsync());
        Assert.That(metrics.Value("incidentbot_http_responses_total", ("route", "/metrics"), ("code", "401")), Is.EqualTo(2));
        Assert.That(metrics.Text, Does.Not.Contain(Token));
    }

    [Test]
    public async Task Scrape_WithoutAToken_IsPrometheusTextWithHelpAndTypeForEveryFamily()
    {
        _bot = await BotHarness.StartAsync();
        Assert.That(await StatusOfAsync(_bot.Http.GetAsync("/healthz")), Is.EqualTo(200));

        using var response = await _bot.GetMetricsAsync();
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.Content.Headers.ContentType!.ToString(), Is.EqualTo("text/plain; version=0.0.4; charset=utf-8"));
        var metrics = PrometheusText.Parse(text);
        var families = new[]
        {
            "incidentbot_http_request_duration_seconds", "incidentbot_http_responses_total", "incidentbot_work_queue_items",
            "incidentbot_work_queue_oldest_age_seconds", "incidentbot_open_incidents", "incidentbot_update_reminders_total",
        };
        foreach (var family in families)
        {
            Assert.That(text, Does.Contain($"# HELP {family} ").And.Contain($"# TYPE {family} "), family);
        }

        Assert.That(metrics.Value("incidentbot_http_responses_total", ("route", "/healthz"), ("code", "200")), Is.EqualTo(1));
        Assert.That(metrics.Value("incidentbot_http_request_duration_seconds_bucket", ("route", "/healthz"), ("le", "+Inf")), Is.EqualTo(1));
        Assert.That(metrics.Samples, Has.Some.Matches<PrometheusSample>(s => s.Name == "process_working_set_bytes" && s.Value > 0));
    }

    [Test]
    public async Task Scrape_AskedForOpenMetrics_AnswersOpenMetricsEndingInEof()
    {
        _bot = await BotHarness.StartAsync();

        using var response = await _bot.GetMetricsAsync(accept: "application/openmetrics-text; version=1.0.0");
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/openmetrics-text"));
        Assert.That(text, Does.EndWith("# EOF\n"));
        Assert.That(PrometheusText.Parse(text).Samples, Is.Not.Empty);
    }

    [Test]
    public async Task RefusedAndStrayRequests_AreCountedUnderRouteTemplatesOnly()
    {
        _bot = await BotHarness.StartAsync();
        using var unsigned = new StringContent("command=%2Fincident&text=help", Encoding.UTF8, "application/x-www-form-urlencoded");
        Assert.That(await StatusOfAsync(_bot.Http.PostAsync("/slack/commands", unsigned)), Is.EqualTo(401));
        await SendTooLargeAsync();
        foreach (var stray in new[] { "/wp-admin/setup.php?step=1", $"/made-up-{Guid.NewGuid():N}", "/slack/commands/extra" })
        {
            Assert.That(await StatusOfAsync(_bot.Http.GetAsync(stray)), Is.EqualTo(404));
        }

        Assert.That(await StatusOfAsync(_bot.Http.GetAsync("/slack/commands")), Is.EqualTo(405));

        var metrics = await _bot.ScrapeAsync();
        Assert.Multiple(() =>
        {
            Assert.That(metrics.Value("incidentbot_http_responses_total", ("route", "/slack/commands"), ("code", "401")), Is.EqualTo(1));
            Assert.That(metrics.Value("incidentbot_http_responses_total", ("route", "/slack/commands"), ("code", "413")), Is.EqualTo(1));
            Assert.That(metrics.Value("incidentbot_http_responses_total", ("route", "other"), ("code", "404")), Is.EqualTo(3));
            Assert.That(metrics.Value("incidentbot_http_responses_total", ("route", "other"), ("code", "405")), Is.EqualTo(1));
            Assert.That(metrics.LabelValues("incidentbot_http_responses_total", "route"), Is.SubsetOf(Routes));
            Assert.That(metrics.Text, Does.Not.Contain("made-up").And.Not.Contain("wp-admin"));
        });
    }

    private static async Task<int> StatusOfAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        return (int)response.StatusCode;
    }

    /// <summary>A signature-shaped request declaring a body larger than the bot takes: refused (413) before it is read.</summary>
    private async Task SendTooLargeAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands")
        {
            Content = new ByteArrayContent(new byte[600 * 1024]),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Signature", "v0=" + new string('0', 64));
        try
        {
            using var response = await _bot.Http.SendAsync(request);
            Assert.That((int)response.StatusCode, Is.EqualTo(413));
        }
        catch (HttpRequestException)
        {
            // The bot may close the connection before the whole body is sent; the refusal is counted either way.
        }
    }
}
