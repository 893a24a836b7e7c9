using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Incidents;
using IncidentBot.Core.Tests.Support;
using IncidentBot.Testing;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

public sealed class ChangesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero));
    private CountingSignal _signal = null!;
    private TestDatabase _db = null!;

    [SetUp]
    public async Task SetUpAsync()
    {
        _signal = new CountingSignal();
        _db = await TestDatabase.CreateAsync();
    }

    [TearDown]
    public async Task TearDownAsync() => await _db.DisposeAsync();

    private Changes CreateSut(Database? database = null) => TestChanges.On(database ?? _db.Database, _signal, _time);

    private Task<long> PendingAsync() => new OutboxStore(_db.Database).CountAsync("pending");

    [Test]
    public async Task Run_WorkThatQueues_CommitsAndWakesTheQueueOnce()
    {
        var queued = await CreateSut().RunAsync(async change =>
        {
            await change.QueueAsync("notice", null, "{}", "notice:1");
            return await change.QueueAsync("notice", null, "{}", "notice:2");
        });

        Assert.That(queued, Is.True);
        Assert.That(await PendingAsync(), Is.EqualTo(2));
        Assert.That(_signal.Count, Is.EqualTo(1));
    }

    [Test]
    public async Task Run_WorkWhoseQueueingAddsNothing_DoesNotWakeTheQueue()
    {
        var sut = CreateSut();
        await sut.RunAsync(change => change.QueueAsync("notice", null, "{}", "notice:1"));

        var again = await sut.RunAsync(change => change.QueueAsync("notice", null, "{}", "notice:1"));

        Assert.That(again, Is.False);
        Assert.That(await PendingAsync(), Is.EqualTo(1));
        Assert.That(_signal.Count, Is.EqualTo(1), "woken by the first change only");
    }

    [Test]
    public async Task Run_WorkThatThrows_RollsBackAndDoesNotWakeTheQueue()
    {
        var failing = CreateSut().RunAsync(async change =>
        {
            await change.QueueAsync("notice", null, "{}", "notice:1");
            throw new InvalidOperationException("refused");
        });

        Assert.That(async () => await failing, Throws.InvalidOperationException);
        Assert.That(await PendingAsync(), Is.EqualTo(0));
        Assert.That(_signal.Count, Is.EqualTo(0));
    }

    [TestCase(true, false, 0)]
    [TestCase(false, true, 1)]
    public async Task Run_WorkRunTwice_EachRunHasItsOwnChangeAndTheCommittedRunDecidesTheWakeUp(
        bool firstRunQueues, bool secondRunQueues, int wakeUps)
    {
        using var rerunning = new RerunningDatabase(_db.Database);
        var runs = new List<Change>();

        await CreateSut(rerunning).RunAsync(async change =>
        {
            runs.Add(change);
            if (runs.Count == 1 ? firstRunQueues : secondRunQueues)
            {
                await change.QueueAsync("notice", null, "{}", $"notice:{runs.Count}");
            }
        });

        Assert.That(runs, Has.Count.EqualTo(2));
        Assert.That(runs[1], Is.Not.SameAs(runs[0]));
        Assert.That(runs.Select(r => r.Now), Is.All.EqualTo(_time.GetUtcNow()), "one instant for the change, however often it runs");
        Assert.That(await PendingAsync(), Is.EqualTo(wakeUps));
        Assert.That(_signal.Count, Is.EqualTo(wakeUps));
    }
}
