using System.Diagnostics;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using IncidentBot.Work;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Reliability;

/// <summary>
/// Fifty incidents live their whole lives while a fifth of Slack's answers are 429 (Retry-After 1 s) or 500: once Slack
/// is healthy again, everything people should see is there, exactly once.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class FaultyLifecycleTests
{
    private const int Incidents = 50;
    private const int AtOnce = 6;
    private const double FaultRate = 0.2;
    private BotHarness _bot = null!;

    // Slack's one-message-a-second pacing per channel would make 150 feed posts take 150 s; it is not what is under test.
    // Retries log warnings by design; hundreds of them would drown the test output.
    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(
        new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Error" },
        services: s => s.Configure<SlackApiOptions>(o => o.PostMessageInterval = TimeSpan.FromMilliseconds(20)));

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task FullLifecycles_WhileAFifthOfSlackCallsFail_LoseNothingAndDoubleNothing()
    {
        var watch = Stopwatch.StartNew();
        _bot.Slack.Faults.Seed = 20261124;
        _bot.Slack.Faults.RandomFaultRate = FaultRate;
        var steps = new LifecycleSteps(_bot);
        using var gate = new SemaphoreSlim(AtOnce);
        var numbers = await Task.WhenAll(Enumerable.Range(1, Incidents).Select(i => GatedAsync(gate, () => steps.RunAsync(i))))
            .WaitAsync(TimeSpan.FromSeconds(180));
        var faultyCalls = _bot.Slack.Calls;
        _bot.Slack.Faults.RandomFaultRate = 0;
        await Eventually.TrueAsync(() => _bot.Slack.State.Files.Count(f => f.Completed) >= Incidents, TimeSpan.FromSeconds(60), "every post-mortem file");
        await _bot.WaitForIdleAsync(TimeSpan.FromSeconds(60));
        TestContext.Out.WriteLine($"{faultyCalls.Count} Slack calls under faults, {faultyCalls.Count(c => c.Faulted)} faulted; " +
            $"{watch.Elapsed.TotalSeconds:0.0} s; slowest answer {steps.Answers.Max(a => a.Took).TotalMilliseconds:0} ms");

        Assert.That(faultyCalls.Count(c => c.Faulted), Is.GreaterThanOrEqualTo((int)(faultyCalls.Count * FaultRate * 0.8)), "faults were injected");
        Assert.That(steps.Answers.Where(a => a.Answer.Status != 200).Select(a => $"{a.Step}: {a.Answer.Status}"), Is.Empty);
        Assert.That(await _bot.Services.GetRequiredServiceOf<OutboxStore>().CountAsync("failed"), Is.Zero, "no Slack work given up");
        Assert.That(SlackAudit.IncidentChannels(_bot.Slack), Has.Count.EqualTo(Incidents));
        Assert.That(numbers.Distinct().Count(), Is.EqualTo(Incidents));
        foreach (var number in numbers)
        {
            await AssertLivedOnceAsync(number);
        }
    }

    private async Task AssertLivedOnceAsync(int number)
    {
        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(number))!;
        var slack = _bot.Slack;
        var channel = incident.ChannelId!;
        var reference = incident.Reference;
        SlackAudit.AssertProvisionedOnce(slack, incident, "");
        Assert.That(incident.Status, Is.EqualTo(IncidentStatus.Resolved), reference);
        Assert.That(SlackAudit.OfKind(slack, channel, UpdateMessage.MetadataEventType), Has.Count.EqualTo(1), $"{reference}: one update");
        Assert.That(SlackAudit.FeedThread(slack, incident.FeedTs!, UpdateMessage.MetadataEventType), Has.Count.EqualTo(1), $"{reference}: update in the feed");
        Assert.That(SlackAudit.OfKind(slack, channel, ResolutionMessages.EventType), Has.Count.EqualTo(1), $"{reference}: one resolution");
        Assert.That(SlackAudit.FeedThread(slack, incident.FeedTs!, ResolutionMessages.EventType), Has.Count.EqualTo(1), $"{reference}: resolution in the feed");
        Assert.That(SlackAudit.OfKind(slack, channel, PostmortemMessages.SummaryEventType), Has.Count.EqualTo(1), $"{reference}: one draft summary");
        Assert.That(ResolveSteps.FilesIn(_bot, channel), Has.Count.EqualTo(1), $"{reference}: one post-mortem file");
        var duties = slack.State.DirectMessages("U2").Where(m => m.MetadataEventType == RoleAssignedHandler.DutyEventType
            && m.Text.StartsWith($"You are now Technical Lead for {reference}:", StringComparison.Ordinal));
        Assert.That(duties.Count(), Is.EqualTo(1), $"{reference}: one duty DM");
        await AssertTimelineOnceAsync(incident);
    }

    private async Task AssertTimelineOnceAsync(Incident incident)
    {
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        var doubled = timeline.GroupBy(e => (e.Kind, e.Text, e.UserId, e.OccurredAt)).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.That(doubled, Is.Empty, $"{incident.Reference}: no timeline entry twice");
        var expected = new Dictionary<TimelineKind, int>
        {
            [TimelineKind.Declared] = 1, [TimelineKind.RoleAssigned] = 2, [TimelineKind.Note] = 1, [TimelineKind.UpdatePosted] = 1,
            [TimelineKind.Resolved] = 1,
        };
        foreach (var (kind, count) in expected)
        {
            Assert.That(timeline.Count(e => e.Kind == kind), Is.EqualTo(count), $"{incident.Reference}: {kind} entries (IC at declare, then lead)");
        }
    }

    private static async Task<T> GatedAsync<T>(SemaphoreSlim gate, Func<Task<T>> run)
    {
        await gate.WaitAsync();
        try
        {
            return await run();
        }
        finally
        {
            gate.Release();
        }
    }
}
