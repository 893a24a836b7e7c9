using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Reliability;

/// <summary>
/// The real process killed (SIGKILL) after Slack posted a status update but before the bot heard so, then started again
/// on the same database: the update is in the incident channel and in the feed headline's thread exactly once each.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class CrashMidUpdateTests
{
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(60);
    private const string Update = "Rolled back the payment service";
    private CrashRig _rig = null!;

    [SetUp]
    public async Task StartAsync() => _rig = await CrashRig.CreateAsync();

    [TearDown]
    public async Task StopAsync() => await _rig.DisposeAsync();

    /// <param name="postsBefore">Update posts answered normally first: the channel's copy goes out before the feed thread's.</param>
    /// <param name="chatter">Messages people post in the channel and the thread while the bot is down.</param>
    [TestCase(0, 0, TestName = "Update_KilledAfterSlackPostedItInTheChannel_PostsEachCopyOnce")]
    [TestCase(1, 0, TestName = "Update_KilledAfterSlackPostedItInTheFeedThread_PostsEachCopyOnce")]
    [TestCase(0, 250, TestName = "Update_KilledAfterSlackPostedItInTheChannel_ThenABusyChannel_PostsEachCopyOnce")]
    [TestCase(1, 250, TestName = "Update_KilledAfterSlackPostedItInTheFeedThread_ThenABusyThread_PostsEachCopyOnce")]
    public async Task Update_KilledAfterSlackPostedACopy_PostsEachCopyOnce(int postsBefore, int chatter)
    {
        await _rig.StartAsync();
        var answer = await _rig.Requests.CommandAsync("declare sev1 Checkout is failing");
        Assert.That(answer.Status, Is.EqualTo(200), _rig.Logs);
        await Eventually.TrueAsync(async () => await _rig.Incidents.GetByNumberAsync(1) is { FeedTs: not null }, TimeSpan.FromSeconds(30),
            $"INC-1's headline\n{_rig.Logs}");
        await _rig.WaitForQueueAsync(TimeSpan.FromSeconds(30));
        var incident = (await _rig.Incidents.GetByNumberAsync(1))!;
        for (var i = 0; i < postsBefore; i++)
        {
            _rig.Slack.Faults.Enqueue("chat.postMessage", Fault.Delay(TimeSpan.Zero));
        }

        _rig.Slack.Faults.Enqueue("chat.postMessage", Fault.HoldResponse(Hold));
        Assert.That((await _rig.Requests.CommandAsync($"update {Update}", channel: incident.ChannelId!)).Status, Is.EqualTo(200), _rig.Logs);
        await Eventually.TrueAsync(() => _rig.Slack.Faults.Held("chat.postMessage") == 1, TimeSpan.FromSeconds(15),
            $"Slack to have posted the update\n{_rig.Logs}");
        await _rig.KillAsync();
        for (var i = 0; i < chatter; i++)
        {
            _rig.Slack.AddUserMessage(incident.ChannelId!, "U2", $"still seeing errors {i}");
            _rig.Slack.AddUserMessage(BotHarness.FeedChannel, "U2", $"any news? {i}", incident.FeedTs);
        }

        await _rig.StartAsync();
        await Eventually.TrueAsync(() => FeedReplies(incident.FeedTs!).Count > 0, TimeSpan.FromSeconds(30), $"the update in the feed thread\n{_rig.Logs}");
        await _rig.WaitForQueueAsync(TimeSpan.FromSeconds(30));

        Assert.That(_rig.Slack.State.Messages(incident.ChannelId!).Count(m => m.Text.Contains(Update, StringComparison.Ordinal)), Is.EqualTo(1),
            $"one update in the incident channel\n{_rig.Logs}");
        Assert.That(FeedReplies(incident.FeedTs!), Has.Count.EqualTo(1), $"one update in the feed thread\n{_rig.Logs}");
        Assert.That(await _rig.Outbox.CountAsync("failed"), Is.Zero, _rig.Logs);
    }

    private List<SlackMessage> FeedReplies(string feedTs) =>
        _rig.Slack.State.Messages(BotHarness.FeedChannel)
            .Where(m => m.IsThreadReply && m.ThreadTs == feedTs && m.Text.Contains(Update, StringComparison.Ordinal)).ToList();
}
