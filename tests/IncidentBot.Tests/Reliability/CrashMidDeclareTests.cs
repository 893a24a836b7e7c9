using System.Diagnostics;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Reliability;

/// <summary>
/// The real process killed (SIGKILL) while declaring, in the window where Slack has done a step and the bot has not yet
/// heard so, then started again on the same database: the incident completes with exactly one channel, one brief, one
/// pin and one headline, and the declarer is told where it is.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class CrashMidDeclareTests
{
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(60);
    private CrashRig _rig = null!;

    [SetUp]
    public async Task StartAsync() => _rig = await CrashRig.CreateAsync();

    [TearDown]
    public async Task StopAsync() => await _rig.DisposeAsync();

    /// <param name="method">The Slack call that is done but not answered when the process dies.</param>
    /// <param name="callsBefore">Calls to the same method answered normally first (the brief is posted before the headline).</param>
    [TestCase("conversations.create", 0, TestName = "Declare_KilledAfterSlackCreatedTheChannel_CompletesWithOneOfEach")]
    [TestCase("conversations.setTopic", 0, TestName = "Declare_KilledAfterSlackSetTheTopicBesideTheBrief_CompletesWithOneOfEach")]
    [TestCase("conversations.invite", 0, TestName = "Declare_KilledAfterSlackInvitedBesideTheBrief_CompletesWithOneOfEach")]
    [TestCase("chat.postMessage", 0, TestName = "Declare_KilledAfterSlackPostedTheBrief_CompletesWithOneOfEach")]
    [TestCase("pins.add", 0, TestName = "Declare_KilledAfterSlackPinnedTheBrief_CompletesWithOneOfEach")]
    [TestCase("chat.postMessage", 1, TestName = "Declare_KilledAfterSlackPostedTheHeadline_CompletesWithOneOfEach")]
    public async Task Declare_KilledAfterSlackDidAStep_CompletesWithOneOfEach(string method, int callsBefore)
    {
        for (var i = 0; i < callsBefore; i++)
        {
            _rig.Slack.Faults.Enqueue(method, Fault.Delay(TimeSpan.Zero));
        }

        _rig.Slack.Faults.Enqueue(method, Fault.HoldResponse(Hold));
        await _rig.StartAsync();
        var responseUrl = await DeclareAsync();
        await Eventually.TrueAsync(() => _rig.Slack.Faults.Held(method) == 1, TimeSpan.FromSeconds(15), $"Slack to have done {method}\n{_rig.Logs}");
        await _rig.KillAsync();

        await RestartAndAssertCompleteAsync();
        var notices = _rig.Slack.ResponseUrlPosts(responseUrl);
        var channel = _rig.Slack.State.Channels.Single(c => c.Name.StartsWith("incident-", StringComparison.Ordinal));
        Assert.That(notices.Select(n => n.Text), Has.Exactly(1).Contains($"<#{channel.Id}>"), _rig.Logs);
        Assert.That(notices, Has.Count.EqualTo(1), "the declarer is told once");
    }

    [Test]
    public async Task Declare_KilledAtARandomMomentSoonAfterTheAnswer_CompletesWithOneOfEach()
    {
        var delay = TimeSpan.FromMilliseconds(new Random(20261124).Next(0, 300));
        TestContext.Out.WriteLine($"Killing {delay.TotalMilliseconds} ms after the answer");
        await _rig.StartAsync();
        var responseUrl = await DeclareAsync();
        await Task.Delay(delay);
        await _rig.KillAsync();

        await RestartAndAssertCompleteAsync();
        var channel = _rig.Slack.State.Channels.Single(c => c.Name.StartsWith("incident-", StringComparison.Ordinal));
        Assert.That(_rig.Slack.ResponseUrlPosts(responseUrl).Select(n => n.Text), Has.Some.Contains($"<#{channel.Id}>"), _rig.Logs);
    }

    private async Task<Uri> DeclareAsync()
    {
        var answer = await _rig.Requests.CommandAsync("declare sev1 Checkout is failing");
        Assert.That(answer.Status, Is.EqualTo(200), _rig.Logs);
        Assert.That(answer.Text, Does.Contain("Declaring *INC-1*"), _rig.Logs);
        return _rig.Requests.LastResponseUrl!;
    }

    private async Task RestartAndAssertCompleteAsync()
    {
        var watch = Stopwatch.StartNew();
        await _rig.StartAsync();
        await Eventually.TrueAsync(async () => await _rig.Incidents.GetByNumberAsync(1) is { FeedTs: not null }, TimeSpan.FromSeconds(30),
            $"INC-1's headline after the restart\n{_rig.Logs}");
        await _rig.WaitForQueueAsync(TimeSpan.FromSeconds(30));
        TestContext.Out.WriteLine($"Completed {watch.ElapsedMilliseconds} ms after the restart began");

        var incidents = await _rig.Incidents.ListOpenAsync();
        Assert.That(incidents, Has.Count.EqualTo(1), _rig.Logs);
        Assert.That(SlackAudit.IncidentChannels(_rig.Slack), Has.Count.EqualTo(1), "one incident channel");
        SlackAudit.AssertProvisionedOnce(_rig.Slack, incidents[0], _rig.Logs);
        var channel = _rig.Slack.State.Channel(incidents[0].ChannelId!)!;
        Assert.That(channel.Topic.Value, Does.Contain("INC-1 · SEV1"), _rig.Logs);
        Assert.That(channel.Purpose.Value, Is.EqualTo("INC-1: Checkout is failing"), _rig.Logs);
        Assert.That(channel.Members, Does.Contain("U1"), "the declarer is invited");
        Assert.That(await _rig.Outbox.CountAsync("failed"), Is.Zero, _rig.Logs);
    }
}
