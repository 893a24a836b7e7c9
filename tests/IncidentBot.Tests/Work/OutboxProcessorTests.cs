using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Support;
using IncidentBot.Work;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Work;

/// <summary>The real host's work queue: how many items it runs at once, with and without Slack waiting on an answer.</summary>
[TestFixture]
public sealed class OutboxProcessorTests
{
    private const int Items = 12;
    private ConcurrencyProbe _probe = null!;
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _probe = new ConcurrencyProbe();
        _bot = await BotHarness.StartAsync(services: s => s.AddSingleton<IWorkHandler>(_probe));
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Queue_WithNoAnswerUnderWay_RunsSeveralItemsAtOnce()
    {
        await EnqueueAsync();

        await _bot.WaitForIdleAsync();

        Assert.That(_probe.Ran, Is.EqualTo(Items));
        Assert.That(_probe.MostAtOnce, Is.GreaterThan(OutboxProcessor.MaxConcurrentWhileAnswering));
    }

    [Test]
    public async Task Queue_Items_RunOnTheLowPriorityFollowUpThreadsBeforeAndAfterEachAwait()
    {
        await EnqueueAsync();

        await _bot.WaitForIdleAsync();

        Assert.That(_probe.Ran, Is.EqualTo(Items));
        Assert.That(_probe.OffFollowUpThreads, Is.Zero);
    }

    [Test]
    public async Task Queue_WhileAnAnswerIsUnderWay_RunsNarrowWithPausesAndStillDrains()
    {
        using (_bot.Services.GetRequiredService<ForegroundActivity>().Enter())
        {
            await EnqueueAsync();
            await _bot.WaitForIdleAsync();
        }

        Assert.That(_probe.Ran, Is.EqualTo(Items));
        Assert.That(_probe.MostAtOnce, Is.EqualTo(OutboxProcessor.MaxConcurrentWhileAnswering));
        // Each item took 40 ms, so it kept its place for the longest pause after it: when any item started, fewer than
        // the narrow width of others were running or pausing.
        var runs = _probe.Runs.ToList();
        var pause = OutboxProcessor.LongestGiveWay - TimeSpan.FromMilliseconds(5);
        foreach (var run in runs)
        {
            var occupied = runs.Count(o => o != run && o.Started <= run.Started && run.Started < o.Ended + pause);
            Assert.That(occupied, Is.LessThan(OutboxProcessor.MaxConcurrentWhileAnswering), $"item started at {run.Started}");
        }
    }

    [Test]
    public async Task Queue_WhileAnAnswerIsUnderWay_ADeclaredIncidentsSetUpTakesASlotOtherWorkMayNot()
    {
        await using var bot = await BotHarness.StartAsync(services: s =>
        {
            s.Remove(s.Single(d => d.ServiceType == typeof(IWorkHandler) && d.ImplementationType == typeof(ProvisionIncidentHandler)));
            s.AddSingleton<IWorkHandler>(new HeldWork(HeldWork.OtherKind));
            s.AddSingleton<IWorkHandler>(new HeldWork(WorkKinds.ProvisionIncident));
        });
        var held = bot.Services.GetServices<IWorkHandler>().OfType<HeldWork>().ToDictionary(h => h.Kind);
        var other = held[HeldWork.OtherKind];
        var provision = held[WorkKinds.ProvisionIncident];
        var outbox = bot.Services.GetRequiredService<OutboxStore>();
        Task EnqueueAsync(string kind) =>
            bot.Database.InTransactionAsync(tx => outbox.EnqueueAsync(tx, kind, null, "{}", TimeProvider.System.GetUtcNow()));

        using (bot.Services.GetRequiredService<ForegroundActivity>().Enter())
        {
            for (var i = 0; i < OutboxProcessor.MaxConcurrentWhileAnswering + 1; i++)
            {
                await EnqueueAsync(HeldWork.OtherKind);
            }

            await Eventually.TrueAsync(() => other.Started == OutboxProcessor.MaxConcurrentWhileAnswering, TimeSpan.FromSeconds(10), "the narrow slots to fill");
            await EnqueueAsync(WorkKinds.ProvisionIncident);
            await Eventually.TrueAsync(() => provision.Started == 1, TimeSpan.FromSeconds(10), "the set-up to start beside them");

            Assert.That(other.Started, Is.EqualTo(OutboxProcessor.MaxConcurrentWhileAnswering), "other work still waits for a narrow slot");
            other.Release();
            provision.Release();
            await bot.WaitForIdleAsync();
        }

        Assert.That(other.Started, Is.EqualTo(OutboxProcessor.MaxConcurrentWhileAnswering + 1));
    }

    [TestCase(0, false, 8, 8)]
    [TestCase(5, false, 3, 3)]
    [TestCase(0, true, 3, 2)]
    [TestCase(2, true, 1, 0)]
    [TestCase(3, true, 0, 0)]
    [TestCase(6, true, 0, 0)]
    public void Limits_NameTheSetUpFirst_AndGiveItOneSlotMoreWhileAnswering(int running, bool answering, int max, int others) =>
        Assert.That(OutboxProcessor.Limits(running, answering), Is.EqualTo(new ClaimLimits(max, others, SetUpFirst: true)));

    [Test]
    public async Task Queue_ItsOwnClaim_WaitsBehindAnAnswersWrite()
    {
        // The turn to write is taken, as by a long write; an item comes due meanwhile (written past the turn, as another
        // process would), and the queue's claim of it waits for the turn. SQLite's one writer is what makes the turn.
        Assume.That(Testing.TestDatabases.Engine, Is.EqualTo(DatabaseEngine.Sqlite), "the turn to write is SQLite's");
        var release = new TaskCompletionSource();
        var held = _bot.Database.InWriteTurnAsync(async () => { await release.Task; return true; });
        await using (var connection = await ((SqliteDatabase)_bot.Database).OpenAsync())
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO outbox (kind, payload, status, attempts, next_attempt_at, created_at) VALUES ($kind, '{}', 'pending', 0, 0, 0)";
            insert.Parameters.AddWithValue("$kind", ConcurrencyProbe.WorkKind);
            await insert.ExecuteNonQueryAsync();
        }

        await Task.Delay(TimeSpan.FromMilliseconds(800));

        // An answer's write queued after the claim still goes first.
        var seen = _bot.Database.InTransactionAsync(tx => Task.FromResult(Dapper.SqlMapper.ExecuteScalar<string>(
            tx.Connection!, "SELECT status FROM outbox WHERE kind = @kind", new { kind = ConcurrencyProbe.WorkKind }, tx)));
        await Task.Delay(TimeSpan.FromMilliseconds(50));
        release.SetResult();
        await held;

        Assert.That(await seen, Is.EqualTo("pending"));
        await Eventually.TrueAsync(() => _probe.Ran == 1, TimeSpan.FromSeconds(5), "the claimed item to run");
    }

    private Task EnqueueAsync() => _bot.Database.InTransactionAsync(async tx =>
    {
        for (var i = 0; i < Items; i++)
        {
            await _bot.Services.GetRequiredService<OutboxStore>().EnqueueAsync(
                tx, ConcurrencyProbe.WorkKind, null, "{}", TimeProvider.System.GetUtcNow());
        }
    });

    /// <summary>Work that takes a while and counts how many of it run at the same time.</summary>
    private sealed class ConcurrencyProbe : IWorkHandler
    {
        public const string WorkKind = "test_concurrency_probe";
        private readonly long _origin = TimeProvider.System.GetTimestamp();
        private int _running;
        private int _mostAtOnce;
        private int _ran;
        private int _offFollowUpThreads;

        public string Kind => WorkKind;

        public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

        public int Ran => Volatile.Read(ref _ran);

        public System.Collections.Concurrent.ConcurrentBag<(TimeSpan Started, TimeSpan Ended)> Runs { get; } = [];

        /// <summary>How many times an item found itself running anywhere but on <see cref="FollowUpThreads"/>.</summary>
        public int OffFollowUpThreads => Volatile.Read(ref _offFollowUpThreads);

        public async Task HandleAsync(OutboxItem item, CancellationToken ct)
        {
            CountIfOffFollowUpThreads();
            var now = Interlocked.Increment(ref _running);
            int seen;
            while ((seen = Volatile.Read(ref _mostAtOnce)) < now && Interlocked.CompareExchange(ref _mostAtOnce, now, seen) != seen)
            {
            }

            var started = TimeProvider.System.GetElapsedTime(_origin);
            await Task.Delay(40, ct);
            CountIfOffFollowUpThreads();
            Runs.Add((started, TimeProvider.System.GetElapsedTime(_origin)));
            Interlocked.Decrement(ref _running);
            Interlocked.Increment(ref _ran);
        }

        private void CountIfOffFollowUpThreads()
        {
            if (!FollowUpThreads.IsCurrent)
            {
                Interlocked.Increment(ref _offFollowUpThreads);
            }
        }
    }

    /// <summary>Work of one kind that, once started, waits until the test releases it.</summary>
    private sealed class HeldWork(string kind) : IWorkHandler
    {
        public const string OtherKind = "test_held_work";
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _started;

        public string Kind => kind;

        public int Started => Volatile.Read(ref _started);

        public void Release() => _release.TrySetResult();

        public async Task HandleAsync(OutboxItem item, CancellationToken ct)
        {
            Interlocked.Increment(ref _started);
            await _release.Task.WaitAsync(ct);
        }
    }
}
