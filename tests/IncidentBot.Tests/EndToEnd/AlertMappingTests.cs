using System.Net;
using System.Text.Json.Nodes;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Alerts;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// How a delivery becomes an alert, end to end: the title from the source's template, else the summary annotation, else
/// the alertname label, else the fingerprint in the workspace's language; Alertmanager's groupKey standing in for a
/// missing fingerprint; the triage message in the triage channel when one is set.
/// </summary>
[TestFixture]
public sealed class AlertMappingTests
{
    private const string TriageChannel = "CTRIAGE";
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
    public async Task TitleTemplate_FillsEachPlaceholderFromTheAnnotationElseTheLabel()
    {
        await StartAsync(("IncidentBot:Hooks:alertmanager:TitleTemplate", "{job} on {instance}: {summary}{missing}"));

        await FireAsync(Payload());

        Assert.That(await TitleAsync(), Is.EqualTo("checkout on checkout-7f9c:8080: Checkout error rate above 5%"));
    }

    [Test]
    public async Task NoTemplateAndNoSummary_TitleIsTheAlertname()
    {
        await StartAsync();

        await FireAsync(Payload(alert => alert["annotations"]!.AsObject().Remove("summary")));

        Assert.That(await TitleAsync(), Is.EqualTo("CheckoutErrorRate"));
    }

    [TestCase("en", "Alert 5b1c2d9e8f7a6b30")]
    [TestCase("ru", "Алерт 5b1c2d9e8f7a6b30")]
    public async Task NoTitleAtAll_IsNamedByItsFingerprintInTheWorkspacesLanguage(string language, string expected)
    {
        await StartAsync(("IncidentBot:Language", language));

        await FireAsync(Payload(alert =>
        {
            alert["annotations"]!.AsObject().Remove("summary");
            alert["labels"]!.AsObject().Remove("alertname");
        }));

        Assert.That(await TitleAsync(), Is.EqualTo(expected));
    }

    [Test]
    public async Task AlertWithoutAFingerprint_IsKeyedByTheGroupKey_SoARedeliveryCountsOnIt()
    {
        await StartAsync();
        var body = Payload(alert => alert.Remove("fingerprint"));

        await FireAsync(body);
        await FireAsync(body);

        var alert = (await _bot!.Services.GetRequiredServiceOf<AlertStore>().GetAsync(1))!;
        Assert.That((alert.Fingerprint, alert.FireCount), Is.EqualTo(("{}/{severity=\"warning\"}:{alertname=\"CheckoutErrorRate\"}", 2L)));
        Assert.That(await _bot.Services.GetRequiredServiceOf<AlertStore>().CountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task TriageChannelSet_TheTriageMessageIsPostedThereAndNotInTheFeed()
    {
        var slack = await BotHarness.StartSlackAsync();
        slack.AddChannel(TriageChannel, "alert-triage", false, slack.BotUserId, "U1", "U2");
        await StartAsync(slack, ("IncidentBot:TriageChannel", TriageChannel));

        await FireAsync(Payload());

        Assert.That(slack.State.Messages(TriageChannel).Count(m => m.MetadataEventType == "incidentbot_alert_triage"), Is.EqualTo(1));
        Assert.That(slack.State.Messages(BotHarness.FeedChannel).Where(m => m.MetadataEventType == "incidentbot_alert_triage"), Is.Empty);
    }

    /// <summary>The Alertmanager file (its alert a warning, so triaged) with <paramref name="change"/> made to its first alert.</summary>
    private static string Payload(Action<JsonObject>? change = null)
    {
        var payload = AlertPayloads.Json("alertmanager-firing.json");
        change?.Invoke(payload["alerts"]![0]!.AsObject());
        return payload.ToJsonString();
    }

    private Task StartAsync(params (string Key, string Value)[] settings) => StartAsync(null, settings);

    private async Task StartAsync(FakeSlack.FakeSlackServer? slack, params (string Key, string Value)[] settings)
    {
        var all = AlertPayloads.Settings();
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        _bot = await BotHarness.StartAsync(all, slack);
    }

    private async Task FireAsync(string body)
    {
        using var response = await AlertPayloads.PostAsync(_bot!.Http, "alertmanager", body, AlertPayloads.AlertmanagerToken);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        await _bot.WaitForIdleAsync();
    }

    private async Task<string> TitleAsync() => (await _bot!.Services.GetRequiredServiceOf<AlertStore>().GetAsync(1))!.Title;
}
