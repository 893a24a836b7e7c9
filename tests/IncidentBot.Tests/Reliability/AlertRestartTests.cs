using System.Net;
using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Alerts;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Reliability;

/// <summary>
/// A restart (a deploy's graceful stop, then a new host on the same database and Slack) between an alert's intake and
/// its triage post loses nothing and posts nothing twice: the answered delivery is in the database, its post is queued
/// work, and the effect ledger finds a post Slack made before the old host heard of it.
/// </summary>
[TestFixture]
public sealed class AlertRestartTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(AlertPayloads.Settings());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private List<SlackMessage> TriageMessages() =>
        _bot.Slack.State.Messages(BotHarness.FeedChannel).Where(m => m.MetadataEventType == "incidentbot_alert_triage").ToList();

    private async Task FireAsync()
    {
        var response = await AlertPayloads.PostAsync(_bot.Http, "alertmanager", AlertPayloads.Alertmanager("warning"), AlertPayloads.AlertmanagerToken);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    /// <summary>A new host on the stopped one's database and Slack; the triage message is there once.</summary>
    private async Task RestartAndAssertOneTriageMessageAsync()
    {
        _bot = await BotHarness.StartAsync(AlertPayloads.Settings(), _bot.Slack, _bot.DatabasePath);
        await Eventually.TrueAsync(async () => await _bot.Services.GetRequiredServiceOf<AlertStore>().GetAsync(1) is { TriageTs: not null },
            TimeSpan.FromSeconds(30), "the triage message to be recorded after the restart");
        await _bot.WaitForIdleAsync();

        var posted = TriageMessages();
        Assert.That(posted, Has.Count.EqualTo(1), "the triage message appears exactly once");
        Assert.That(posted[0].Ts, Is.EqualTo((await _bot.Services.GetRequiredServiceOf<AlertStore>().GetAsync(1))!.TriageTs));
        Assert.That(posted[0].BlocksJson, Does.Contain("Checkout error rate above 5%").And.Contain("alert_acknowledge"));
        Assert.That(await _bot.Services.GetRequiredServiceOf<AlertStore>().CountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Restart_WhileSlackIsFailingThePost_PostsItOnceAfterwards()
    {
        for (var i = 0; i < 100; i++)
        {
            _bot.Slack.Faults.Enqueue("chat.postMessage", Fault.ServerError(503));
        }

        await FireAsync();
        await Eventually.TrueAsync(() => _bot.Slack.Faults.Pending("chat.postMessage") < 100, TimeSpan.FromSeconds(15), "a failed attempt to post");
        Assert.That(TriageMessages(), Is.Empty);

        await _bot.StopAsync();
        _bot.Slack.Faults.Clear();
        await RestartAndAssertOneTriageMessageAsync();
    }

    [Test]
    public async Task Restart_AfterSlackPostedButBeforeTheBotHeard_DoesNotPostItAgain()
    {
        _bot.Slack.Faults.Enqueue("chat.postMessage", Fault.HoldResponse(TimeSpan.FromSeconds(30)));

        await FireAsync();
        await Eventually.TrueAsync(() => _bot.Slack.Faults.Held("chat.postMessage") == 1, TimeSpan.FromSeconds(15), "Slack to have posted, unanswered");
        Assert.That(TriageMessages(), Has.Count.EqualTo(1));

        await _bot.StopAsync();
        await RestartAndAssertOneTriageMessageAsync();
    }
}
