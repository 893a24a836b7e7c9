using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IncidentBot.Core.Storage;
using IncidentBot.Integrations;
using IncidentBot.Tests.Alerts;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// Bodies no JSON reader should choke on, posted as raw bytes to every hook (the alert intake, Opsgenie's and
/// PagerDuty's webhooks), each authenticated as its sender would: each is answered 400 with the reason, never 500, and
/// records nothing; a UTF-8 byte order mark before valid JSON is valid and taken.
/// </summary>
[TestFixture]
public sealed class HookBadBodyTests
{
    private const string GenericToken = "gen-token-51d0";
    private const string OpsgenieSecret = "og-webhook-secret";
    private const string PagerDutySecret = "pd-webhook-secret";

    /// <summary>Marks where the bad bytes go; replaced after the text is encoded.</summary>
    private const string Bad = "@@BAD@@";

    private static readonly byte[] BadBytes = [0xC3, 0x28, 0xFF];
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private BotHarness _bot = null!;

    public static IEnumerable<TestCaseData> BadBodies()
    {
        foreach (var hook in new[] { "alertmanager", "generic", "opsgenie", "pagerduty" })
        {
            yield return Case(hook, "invalid UTF-8 in a value", Spliced(Valid(hook, valueAt: true)));
            yield return Case(hook, "invalid UTF-8 in a name", Spliced(Valid(hook, valueAt: false)));
            yield return Case(hook, "a lone surrogate escaped in a value", Encoding.UTF8.GetBytes(Valid(hook, valueAt: true).Replace(Bad, "\\uDC00", StringComparison.Ordinal)));
            yield return Case(hook, "an empty body", []);
            yield return Case(hook, "truncated JSON", Encoding.UTF8.GetBytes(Valid(hook, valueAt: true)[..40]));
            yield return Case(hook, "an array", Encoding.UTF8.GetBytes("[{\"title\":\"x\"}]"));
            yield return Case(hook, "a number", Encoding.UTF8.GetBytes("42"));
            yield return Case(hook, "a byte order mark alone", Bom);
        }
    }

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var settings = AlertPayloads.Settings();
        settings["IncidentBot:Hooks:generic:Token"] = GenericToken;
        settings["IncidentBot:Opsgenie:WebhookSecret"] = OpsgenieSecret;
        settings["IncidentBot:PagerDuty:WebhookSecret"] = PagerDutySecret;
        _bot = await BotHarness.StartAsync(settings);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [TestCaseSource(nameof(BadBodies))]
    public async Task BadBody_Answers400WithTheReasonAndRecordsNothing(string hook, byte[] body)
    {
        var alertsBefore = await _bot.Services.GetRequiredServiceOf<AlertStore>().CountAsync();

        using var response = await PostAsync(hook, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Not.Empty, "the answer says why");
        Assert.That(await _bot.Services.GetRequiredServiceOf<AlertStore>().CountAsync(), Is.EqualTo(alertsBefore));
        Assert.That(await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1), Is.Null);
    }

    [TestCase("alertmanager")]
    [TestCase("generic")]
    [TestCase("opsgenie")]
    [TestCase("pagerduty")]
    public async Task ByteOrderMarkBeforeValidJson_IsTaken(string hook)
    {
        var body = Bom.Concat(Encoding.UTF8.GetBytes(Valid(hook, valueAt: true).Replace(Bad, "bom-" + hook, StringComparison.Ordinal))).ToArray();

        using var response = await PostAsync(hook, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        if (hook is "alertmanager" or "generic")
        {
            var alerts = _bot.Services.GetRequiredServiceOf<AlertStore>();
            var found = false;
            for (var id = 1; id <= await alerts.CountAsync(); id++)
            {
                found |= await alerts.GetAsync(id) is { } alert
                    && (alert.Title + alert.Fingerprint).Contains("bom-" + hook, StringComparison.Ordinal);
            }

            Assert.That(found, Is.True, "the alert is recorded");
        }
    }

    private static TestCaseData Case(string hook, string what, byte[] body) =>
        new TestCaseData(hook, body).SetName($"BadBody_{hook}_{what.Replace(' ', '_')}_Answers400AndRecordsNothing");

    /// <summary>A body the hook takes, with <see cref="Bad"/> in a string value the reader reads, or in a property name.</summary>
    private static string Valid(string hook, bool valueAt) => (hook, valueAt) switch
    {
        ("alertmanager", true) => AlertPayloads.Alertmanager("warning", fingerprint: "fp-" + Bad),
        ("alertmanager", false) => AlertPayloads.Alertmanager("warning").Replace("\"alertname\"", $"\"alert{Bad}name\"", StringComparison.Ordinal),
        ("generic", true) => """{"title":"Disk full @@BAD@@","severity":"sev3","labels":{"service":"exports"}}""",
        ("generic", false) => """{"title":"Disk full","severity":"sev3","labels":{"serv@@BAD@@ice":"exports"}}""",
        ("opsgenie", true) => """{"action":"AddNote","alert":{"alertId":"a-1","alias":"x","username":"dana @@BAD@@"}}""",
        ("opsgenie", false) => """{"action":"AddNote","alert":{"alertId":"a-1","ali@@BAD@@as":"x"}}""",
        ("pagerduty", true) => """{"event":{"id":"E1","event_type":"pagey.ping","resource_type":"pagey","agent":{"summary":"@@BAD@@"}}}""",
        _ => """{"event":{"id":"E1","event_type":"pagey.ping","resource_type":"pagey","ag@@BAD@@ent":null}}""",
    };

    private static byte[] Spliced(string text)
    {
        var at = text.IndexOf(Bad, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(text[..at]), .. BadBytes, .. Encoding.UTF8.GetBytes(text[(at + Bad.Length)..])];
    }

    private Task<HttpResponseMessage> PostAsync(string hook, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/{hook}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        switch (hook)
        {
            case "alertmanager":
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AlertPayloads.AlertmanagerToken);
                break;
            case "generic":
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", GenericToken);
                break;
            case "opsgenie":
                request.Headers.TryAddWithoutValidation(OpsgenieHookEndpoint.SecretHeader, OpsgenieSecret);
                break;
            default:
                request.Headers.TryAddWithoutValidation(PagerDutySignature.Header, PagerDutySignature.Sign(PagerDutySecret, body));
                break;
        }

        return _bot.Http.SendAsync(request);
    }
}
