using System.Globalization;
using System.Net;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Alerts;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// An incident an alert detected, end to end: the post-mortem's key times say when the first alert fired and how long
/// it took to declare, its timeline shows the alert, and <c>/incident stats</c> reports MTTD (first alert fired →
/// declared).
/// </summary>
[TestFixture]
public sealed class AlertDetectionTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(AlertPayloads.Settings());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    /// <summary>A critical alert (auto-declared) that started firing <paramref name="ago"/>.</summary>
    private async Task FireAsync(TimeSpan ago, string fingerprint = "5b1c2d9e8f7a6b30")
    {
        var payload = AlertPayloads.Json("alertmanager-firing.json");
        var alert = payload["alerts"]![0]!.AsObject();
        alert["labels"]!["severity"] = "critical";
        alert["fingerprint"] = fingerprint;
        alert["startsAt"] = (TimeProvider.System.GetUtcNow() - ago).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        var response = await AlertPayloads.PostAsync(_bot.Http, "alertmanager", payload.ToJsonString(), AlertPayloads.AlertmanagerToken);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await _bot.WaitForIdleAsync();
    }

    [Test]
    public async Task Stats_IncidentsAnAlertDetected_ReportMttdFromTheFirstAlertToTheDeclaration()
    {
        await FireAsync(TimeSpan.FromMinutes(7).Add(TimeSpan.FromSeconds(20)));
        await FireAsync(TimeSpan.FromMinutes(3).Add(TimeSpan.FromSeconds(20)), "9c0ffee");
        await _bot.Requests.CommandAsync("declare sev1 Nobody's alert", "U1");
        await _bot.WaitForIdleAsync();

        var stats = await _bot.Requests.CommandAsync("stats");

        Assert.That(MessageText.Of(stats.Json!["blocks"]!.ToJsonString()), Does.Contain("MTTD (first alert fired → declared): SEV1 5 min · All 5 min (over 2 incidents alerts detected)."),
            "the mean of 7 and 3 minutes; the incident declared by hand is not counted");
    }

    [Test]
    public async Task Stats_NoIncidentAnAlertDetected_SaysNothingOfMttd()
    {
        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing", "U1");
        await _bot.WaitForIdleAsync();

        var stats = await _bot.Requests.CommandAsync("stats");

        Assert.That(stats.Body, Does.Contain("Incidents in the last 30 days: 1").And.Not.Contain("MTTD"));
    }

    [Test]
    public async Task Postmortem_IncidentAnAlertDetected_ShowsTheFirstAlertAndTimeToDeclare()
    {
        await FireAsync(TimeSpan.FromMinutes(7).Add(TimeSpan.FromSeconds(20)));
        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1))!;

        await ResolveSteps.ResolveAsync(_bot, incident);
        var markdown = ResolveSteps.Content((await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 1))[0]);

        Assert.That(markdown, Does.Contain("| Detected: first alert fired |"));
        Assert.That(markdown, Does.Contain("| Time to declare (first alert fired → declared) | 7 min |"));
        Assert.That(markdown, Does.Contain("| Alert fired: Checkout error rate above 5% (alertmanager) |"));
    }
}
