using System.Diagnostics;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Reliability;

/// <summary>
/// A burst of declares while the real process is killed (SIGKILL) at seeded random moments and started again: every
/// declare that was answered 200 ends with its channel, pinned brief and headline, and nothing exists twice.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class RandomKillTests
{
    private const int Declares = 10;
    private CrashRig _rig = null!;

    [SetUp]
    public async Task StartAsync() => _rig = await CrashRig.CreateAsync();

    [TearDown]
    public async Task StopAsync() => await _rig.DisposeAsync();

    [Test]
    public async Task DeclareBurst_KilledAtRandomPointsAndRestarted_EveryAcknowledgedIncidentCompletesOnce()
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(20261124);
        var kills = random.Next(2, 4);
        var titles = new Queue<string>(Enumerable.Range(1, Declares).Select(i => $"Burst {i} of payment latency"));
        var acknowledged = new List<string>();
        _rig.Slack.Latency = TimeSpan.FromMilliseconds(25); // Slack work stretches out, so kills land in the middle of it.
        for (var round = 0; round < kills; round++)
        {
            await _rig.StartAsync();
            var killAfter = TimeSpan.FromMilliseconds(random.Next(100, 900));
            var killer = KillLaterAsync(killAfter);
            while (!killer.IsCompleted && titles.TryDequeue(out var title))
            {
                await DeclareAsync(title, acknowledged);
                await Task.Delay(random.Next(80, 250));
            }

            await killer;
            TestContext.Out.WriteLine($"Round {round + 1}: killed after {killAfter.TotalMilliseconds} ms; {acknowledged.Count} acknowledged so far");
        }

        await _rig.StartAsync();
        while (titles.TryDequeue(out var title))
        {
            await DeclareAsync(title, acknowledged);
        }

        await AssertEveryIncidentCompletedOnceAsync(acknowledged);
        TestContext.Out.WriteLine($"{kills} kills, {acknowledged.Count} of {Declares} declares acknowledged, {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private async Task AssertEveryIncidentCompletedOnceAsync(List<string> acknowledged)
    {
        await Eventually.TrueAsync(async () => (await _rig.Incidents.ListOpenAsync()).All(i => i.FeedTs is not null), TimeSpan.FromSeconds(40),
            $"every incident's headline\n{_rig.Logs}");
        await _rig.WaitForQueueAsync(TimeSpan.FromSeconds(30));
        var incidents = await _rig.Incidents.ListOpenAsync();
        foreach (var title in acknowledged)
        {
            Assert.That(incidents.Count(i => i.Title == title), Is.EqualTo(1), $"\"{title}\" was acknowledged, so it exists once\n{_rig.Logs}");
        }

        Assert.That(incidents.Select(i => i.Title).Distinct().Count(), Is.EqualTo(incidents.Count), "no incident declared twice");
        Assert.That(SlackAudit.IncidentChannels(_rig.Slack), Has.Count.EqualTo(incidents.Count), $"one channel per incident\n{_rig.Logs}");
        foreach (var incident in incidents)
        {
            SlackAudit.AssertProvisionedOnce(_rig.Slack, incident, _rig.Logs);
        }

        Assert.That(await _rig.Outbox.CountAsync("failed"), Is.Zero, _rig.Logs);
    }

    private async Task DeclareAsync(string title, List<string> acknowledged)
    {
        try
        {
            var answer = await _rig.Requests.CommandAsync($"declare sev2 {title}", "U1");
            if (answer.Status == 200)
            {
                Assert.That(answer.Text, Does.Contain("Declaring"), _rig.Logs);
                acknowledged.Add(title);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or ObjectDisposedException)
        {
            // The process died before it answered: Slack would show the person an error, and nothing was promised.
        }
    }

    private async Task KillLaterAsync(TimeSpan after)
    {
        await Task.Delay(after);
        await _rig.KillAsync();
    }
}
