using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IncidentBot.Integrations;
using IncidentBot.Slack.Http;
using IncidentBot.Tests.Alerts;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// A stranger's deliveries to the hooks cost no log line each: wrong tokens, secrets and signatures are answered 401
/// and counted in the once-a-minute refusal line; Opsgenie's secret, a header, is checked before the body is read.
/// </summary>
[TestFixture]
public sealed class HookRefusalTests
{
    private const string OpsgenieSecret = "og-webhook-secret";
    private const string PagerDutySecret = "pd-webhook-secret";
    private const string GrafanaSecret = "gf-signing-secret";
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(3);

    private readonly CapturingLoggerFactory _logs = new();
    private BotHarness _bot = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var settings = AlertPayloads.Settings();
        settings["IncidentBot:Hooks:grafana:Secret"] = GrafanaSecret;
        settings["IncidentBot:Opsgenie:WebhookSecret"] = OpsgenieSecret;
        settings["IncidentBot:PagerDuty:WebhookSecret"] = PagerDutySecret;
        _bot = await BotHarness.StartAsync(settings, services: s => s.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(_logs)));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task UnauthenticatedDeliveries_Answer401_AreCountedInTheMinuteLine_AndLogNothingEach()
    {
        var tally = _bot.Services.GetRequiredServiceOf<RefusalTally>();
        tally.Flush();
        var before = Refusals().Count;
        var body = AlertPayloads.Alertmanager("critical");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await SendAsync("/hooks/alertmanager", body, ("Authorization", "Bearer wrong")));
            answers.Add(await SendAsync("/hooks/grafana", body, ("Authorization", "Bearer " + AlertPayloads.GrafanaToken)));
            answers.Add(await SendAsync(OpsgenieHookEndpoint.Path, body, (OpsgenieHookEndpoint.SecretHeader, "wrong")));
            answers.Add(await SendAsync(PagerDutyHookEndpoint.Path, body, (PagerDutySignature.Header, "v1=" + new string('0', 64))));
        }

        Assert.That(answers, Is.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(Refusals().Skip(before), Is.Empty, "nothing is logged per refused delivery");
        tally.Flush();
        var line = Refusals().Skip(before).Single();
        Assert.That(line, Does.Contain("Refused 20 request(s)")
            .And.Contain("/hooks/alertmanager: wrong or missing bearer token 5")
            .And.Contain("/hooks/grafana: missing signature (X-Grafana-Alerting-Signature) 5")
            .And.Contain("/hooks/opsgenie: missing or wrong X-IncidentBot-Secret 5")
            .And.Contain("/hooks/pagerduty: the signature does not match the body 5"));
    }

    [Test]
    public async Task Opsgenie_WrongSecretPromisingABody_Is401BeforeTheBodyIsSent()
    {
        await using var connection = await RawHttpConnection.OpenAsync(_bot.Http.BaseAddress!);
        await connection.SendHeadAsync(OpsgenieHookEndpoint.Path, new Dictionary<string, string>
        {
            ["Content-Type"] = "application/json", ["Content-Length"] = (SlackRequestBody.MaxBytes - 1).ToString(CultureInfo.InvariantCulture),
            [OpsgenieHookEndpoint.SecretHeader] = "wrong",
        });

        var answer = await connection.ReadAnswerAsync(Prompt);

        Assert.That(answer.Status, Is.EqualTo(401));
        Assert.That(answer.Body, Does.Contain(OpsgenieHookEndpoint.SecretHeader));
    }

    /// <summary>The lines about refusals: the hooks' own, or the tally's.</summary>
    private List<string> Refusals() => _logs.Lines.Select(l => l.Message)
        .Where(m => m.Contains("/hooks/", StringComparison.Ordinal) || m.Contains("Refused", StringComparison.Ordinal)).ToList();

    private async Task<HttpStatusCode> SendAsync(string path, string body, (string Name, string Value) header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        using var response = await _bot.Http.SendAsync(request);
        return response.StatusCode;
    }
}
