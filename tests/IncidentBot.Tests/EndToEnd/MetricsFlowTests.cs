using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// <c>/metrics</c> scraped through the real host while incidents are declared and updated against the fake Slack: the
/// figures an operator graphs and alerts on move with what the bot did.
/// </summary>
[TestFixture]
public sealed class MetricsFlowTests
{
    private BotHarness _bot = null!;

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Scrape_AfterDeclaresAndAnUpdate_CountsAnswersSlackCallsAndOpenIncidents()
    {
        _bot = await BotHarness.StartAsync();
        var driver = new CadenceDriver(_bot);
        _bot.Slack.Faults.Enqueue("chat.postMessage", Fault.RateLimited(1));
        var incident = await driver.DeclareAsync("declare sev1 Checkout is failing");
        await driver.DeclareAsync("declare sev2 Search is slow");
        await _bot.Requests.CommandAsync("update Rolled back the deploy", channel: incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        var metrics = await _bot.ScrapeAsync();

        var posts = _bot.Slack.CallsTo("chat.postMessage").Count;
        Assert.Multiple(() =>
        {
            Assert.That(metrics.Value("incidentbot_http_request_duration_seconds_count", ("route", "/slack/commands")), Is.EqualTo(3));
            Assert.That(metrics.Value("incidentbot_http_responses_total", ("route", "/slack/commands"), ("code", "200")), Is.EqualTo(3));
            Assert.That(metrics.Value("incidentbot_slack_api_calls_total", ("method", "chat.postMessage"), ("outcome", "ratelimited")), Is.EqualTo(1));
            Assert.That(metrics.Value("incidentbot_slack_api_calls_total", ("method", "chat.postMessage"), ("outcome", "ok")), Is.EqualTo(posts - 1));
            Assert.That(metrics.Value("incidentbot_slack_api_call_duration_seconds_count", ("method", "chat.postMessage")), Is.EqualTo(posts));
            Assert.That(metrics.Value("incidentbot_slack_api_calls_total", ("method", "conversations.create"), ("outcome", "ok")), Is.EqualTo(2));
            Assert.That(metrics.Value("incidentbot_open_incidents", ("severity", "sev1")), Is.EqualTo(1));
            Assert.That(metrics.Value("incidentbot_open_incidents", ("severity", "sev2")), Is.EqualTo(1));
            Assert.That(metrics.Value("incidentbot_open_incidents", ("severity", "sev0")), Is.Zero);
            Assert.That(metrics.Value("incidentbot_work_queue_items"), Is.Zero, "the queue drained");
            Assert.That(metrics.Value("incidentbot_work_queue_oldest_age_seconds"), Is.Zero);
            Assert.That(metrics.Value("incidentbot_work_runs_total", ("kind", "provision_incident"), ("outcome", "done")), Is.EqualTo(2));
        });
        Assert.That(metrics.Text, Does.Not.Contain("Checkout").And.Not.Contain("checkout").And.Not.Contain(incident.ChannelId!)
            .And.Not.Contain(_bot.Slack.BotToken).And.Not.Contain(BotHarness.SigningSecret), "labels carry no titles, channels or secrets");
    }

    [Test]
    public async Task QueueGauges_WhileSlackHoldsChannelCreationBack_ShowTheWaitingWorkGrowingOlder()
    {
        _bot = await BotHarness.StartAsync();
        _bot.Slack.Faults.Enqueue("conversations.create", Fault.RateLimited(60));

        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing");

        PrometheusText metrics = null!;
        await Eventually.TrueAsync(async () =>
        {
            metrics = await _bot.ScrapeAsync();
            return metrics.Value("incidentbot_work_queue_oldest_age_seconds") >= 1;
        }, TimeSpan.FromSeconds(15), "the oldest queued work to be a second old");
        Assert.That(metrics.Value("incidentbot_work_queue_items", ("state", "pending")), Is.GreaterThanOrEqualTo(1));
        Assert.That(metrics.Value("incidentbot_slack_api_calls_total", ("method", "conversations.create"), ("outcome", "ratelimited")), Is.EqualTo(1));
        Assert.That(metrics.Value("incidentbot_work_runs_total", ("kind", "provision_incident"), ("outcome", "deferred")), Is.EqualTo(1));
    }

    [Test]
    public async Task Scrape_AfterAnUpdateReminder_CountsItAndHowLateItFired()
    {
        _bot = await BotHarness.StartAsync(CadenceDriver.Settings(("IncidentBot:Severities:sev1:UpdateCadence", "00:00:03")));
        var driver = new CadenceDriver(_bot);
        var incident = await driver.DeclareAsync();

        await driver.WaitForReminderAsync(incident, 1, TimeSpan.FromSeconds(8));

        PrometheusText metrics = null!;
        await Eventually.TrueAsync(async () =>
        {
            metrics = await _bot.ScrapeAsync();
            return metrics.Value("incidentbot_update_reminders_total") >= 1;
        }, TimeSpan.FromSeconds(5), "the reminder to be counted");
        var fired = metrics.Value("incidentbot_timer_lateness_seconds_count", ("timer", "update-reminder"));
        Assert.That(metrics.Value("incidentbot_update_reminders_total", ("escalation", "commander_dm")), Is.EqualTo(1),
            "SEV1 escalates to the IC at the first missed update");
        Assert.That(fired, Is.GreaterThanOrEqualTo(1));
        Assert.That(metrics.Value("incidentbot_timer_lateness_seconds_bucket", ("timer", "update-reminder"), ("le", "5")), Is.EqualTo(fired),
            "every reminder fired within seconds of its time");
    }
}
