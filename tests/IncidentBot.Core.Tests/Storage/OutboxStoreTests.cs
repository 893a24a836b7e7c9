using Dapper;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

public sealed class OutboxStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);
    private const string SetUpKind = WorkKinds.ProvisionIncident;
    private TestDatabase _db = null!;

    [SetUp]
    public async Task SetUpAsync() => _db = await TestDatabase.CreateAsync();

    [TearDown]
    public async Task TearDownAsync() => await _db.DisposeAsync();

    private async Task<long> IncidentAsync(string key) => await _db.Database.InTransactionAsync(async tx =>
        (await new IncidentStore(_db.Database).InsertAsync(tx, new NewIncident(key, "sev1", false, "U1", 0, null, null, key, null))).Id);

    [Test]
    public async Task Claim_TwoItemsForOneIncident_RunsThemOneAtATimeInOrder()
    {
        var store = new OutboxStore(_db.Database);
        await EnqueueFirstSecondAndOtherAsync(store);

        var batch1 = await store.ClaimDueAsync(Now, 10);
        var batch2 = await store.ClaimDueAsync(Now, 10);
        await store.CompleteAsync(batch1[0].Id);
        var batch3 = await store.ClaimDueAsync(Now, 10);

        Assert.That(batch1.Select(i => i.Kind), Is.EqualTo(new[] { "first", "other" }));
        Assert.That(batch2, Is.Empty);
        Assert.That(batch3.Select(i => i.Kind), Is.EqualTo(new[] { "second" }));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task DeferOrRetry_HoldsBackThatIncidentsLaterWorkOnly(bool defer)
    {
        var store = new OutboxStore(_db.Database);
        await EnqueueFirstSecondAndOtherAsync(store);
        var first = (await store.ClaimDueAsync(Now, 1)).Single();
        var later = Now.AddMinutes(1);

        if (defer)
        {
            await store.DeferAsync(first.Id, later);
        }
        else
        {
            await store.RetryLaterAsync(first.Id, later, "slack_unavailable");
        }

        Assert.That(await DueAtAsync("second"), Is.EqualTo(later));
        Assert.That(await DueAtAsync("other"), Is.EqualTo(Now));
        Assert.That((await store.ClaimDueAsync(Now, 10)).Select(i => i.Kind), Is.EqualTo(new[] { "other" }));
        var again = (await store.ClaimDueAsync(later, 10)).Single();
        Assert.That(again.Kind, Is.EqualTo("first"));
        await store.FailAsync(again.Id, "channel_not_found");
        Assert.That((await store.ClaimDueAsync(later, 10)).Select(i => i.Kind), Is.EqualTo(new[] { "second" }));
    }

    [Test]
    public async Task Defer_WorkOfNoIncident_HoldsBackNothingElse()
    {
        var store = new OutboxStore(_db.Database);
        await _db.Database.InTransactionAsync(async tx =>
        {
            await store.EnqueueAsync(tx, "first", null, "{}", Now);
            await store.EnqueueAsync(tx, "second", null, "{}", Now);
        });
        var first = (await store.ClaimDueAsync(Now, 1)).Single();

        await store.DeferAsync(first.Id, Now.AddMinutes(1));

        Assert.That(await DueAtAsync("second"), Is.EqualTo(Now));
        Assert.That((await store.ClaimDueAsync(Now, 10)).Select(i => i.Kind), Is.EqualTo(new[] { "second" }));
    }

    [Test]
    public async Task Claim_TakesWorkInTheOrderItFellDue()
    {
        var store = new OutboxStore(_db.Database);
        var a = await IncidentAsync("a");
        var b = await IncidentAsync("b");
        await _db.Database.InTransactionAsync(async tx =>
        {
            await store.EnqueueAsync(tx, "later", a, "{}", Now.AddSeconds(5));
            await store.EnqueueAsync(tx, "sooner", b, "{}", Now);
            await store.EnqueueAsync(tx, "unowned", null, "{}", Now.AddSeconds(1));
        });

        var claimed = await store.ClaimDueAsync(Now.AddSeconds(10), 10);

        Assert.That(claimed.Select(i => i.Kind), Is.EqualTo(new[] { "sooner", "unowned", "later" }));
    }

    [Test]
    public async Task ClaimQuery_WalksTheDueIndexWithoutSorting()
    {
        var plan = await SqlitePlanAsync(OutboxStore.DueSql, new { now = 0L, max = 8 });

        Assert.That(plan, Has.Some.Contains("ix_outbox_due"));
        Assert.That(plan, Has.None.Contains("TEMP B-TREE"));
    }

    [Test]
    public async Task Claim_SetUpFirst_TakesItBeforeEarlierWorkAndLimitsTheOthers()
    {
        var store = new OutboxStore(_db.Database);
        var a = await IncidentAsync("a");
        var b = await IncidentAsync("b");
        var c = await IncidentAsync("c");
        await _db.Database.InTransactionAsync(async tx =>
        {
            await store.EnqueueAsync(tx, "headline", a, "{}", Now);
            await store.EnqueueAsync(tx, "update", b, "{}", Now.AddSeconds(1));
            await store.EnqueueAsync(tx, SetUpKind, c, "{}", Now.AddSeconds(2));
        });

        var claimed = await store.ClaimDueAsync(Now.AddSeconds(5), new ClaimLimits(Max: 2, Others: 1, SetUpFirst: true));

        Assert.That(claimed.Select(i => i.Kind), Is.EqualTo(new[] { SetUpKind, "headline" }));
        Assert.That(claimed.Select(i => i.Attempts), Is.All.EqualTo(1));
        Assert.That((await store.ClaimDueAsync(Now.AddSeconds(5), new ClaimLimits(2, 0, SetUpFirst: true))), Is.Empty,
            "no set-up left, and no room for other work");
        Assert.That((await store.ClaimDueAsync(Now.AddSeconds(5), new ClaimLimits(2, 2, SetUpFirst: true))).Select(i => i.Kind),
            Is.EqualTo(new[] { "update" }));
    }

    [Test]
    public async Task Claim_SetUpFirst_TakesEachItemOnceAndNothingBehindIt()
    {
        var store = new OutboxStore(_db.Database);
        var a = await IncidentAsync("a");
        var b = await IncidentAsync("b");
        await _db.Database.InTransactionAsync(async tx =>
        {
            await store.EnqueueAsync(tx, SetUpKind, a, "{}", Now);
            await store.EnqueueAsync(tx, "headline", a, "{}", Now);
            await store.EnqueueAsync(tx, "update", b, "{}", Now);
        });

        var claimed = await store.ClaimDueAsync(Now, new ClaimLimits(8, 8, SetUpFirst: true));

        Assert.That(claimed.Select(i => i.Kind), Is.EqualTo(new[] { SetUpKind, "update" }));
        Assert.That(await store.CountAsync("running"), Is.EqualTo(2));
    }

    [Test]
    public async Task Claim_SetUpFirst_KeepsEachIncidentsWorkInOrder()
    {
        var store = new OutboxStore(_db.Database);
        var a = await IncidentAsync("a");
        await _db.Database.InTransactionAsync(async tx =>
        {
            await store.EnqueueAsync(tx, "headline", a, "{}", Now);
            await store.EnqueueAsync(tx, SetUpKind, a, "{}", Now);
        });

        var claimed = await store.ClaimDueAsync(Now, new ClaimLimits(2, 0, SetUpFirst: true));

        Assert.That(claimed, Is.Empty, "the incident's earlier work goes first");
        Assert.That((await store.ClaimDueAsync(Now, new ClaimLimits(2, 2, SetUpFirst: true))).Select(i => i.Kind), Is.EqualTo(new[] { "headline" }));
    }

    [Test]
    public async Task SetUpClaimQuery_WalksItsPartialIndexWithoutSorting()
    {
        Assert.That(await SqlitePlanAsync(OutboxStore.DueSetUpSql, new { now = 0L, max = 8 }), Has.Some.Contains("ix_outbox_setup_due").And.None.Contains("TEMP B-TREE"));
    }

    [Test]
    public async Task CoalescingCheck_UsesTheIncidentsIndex_NotAWalkOfEveryItemOfTheKind()
    {
        Assert.That(await SqlitePlanAsync(OutboxStore.CoalesceSql, new { kind = "refresh_brief", incidentId = 1L, now = 0L }),
            Has.Some.Contains("ix_outbox_incident (incident_id=? AND status=?)"));
    }

    /// <summary>SQLite's query plan for a statement, whichever engine the run is on.</summary>
    private static async Task<List<string>> SqlitePlanAsync(string sql, object args)
    {
        await using var sqlite = await TestDatabase.CreateSqliteAsync();
        return await sqlite.Database.ReadAsync(async c => (await c.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>(
            "EXPLAIN QUERY PLAN " + sql, args)).Select(r => r.Detail).ToList());
    }

    /// <summary>"first" and "second" for one incident, then "other" for another, all due <see cref="Now"/>.</summary>
    private async Task EnqueueFirstSecondAndOtherAsync(OutboxStore store)
    {
        var a = await IncidentAsync("a");
        var b = await IncidentAsync("b");
        await _db.Database.InTransactionAsync(async tx =>
        {
            await store.EnqueueAsync(tx, "first", a, "{}", Now);
            await store.EnqueueAsync(tx, "second", a, "{}", Now);
            await store.EnqueueAsync(tx, "other", b, "{}", Now);
        });
    }

    private Task<DateTimeOffset?> DueAtAsync(string kind) =>
        _db.Database.ReadAsync(async c => UnixTime.FromUnixMs(
            await c.ExecuteScalarAsync<long?>("SELECT next_attempt_at FROM outbox WHERE kind = @kind", new { kind })));

    [Test]
    public async Task Enqueue_SameDedupeKey_AddsOnce()
    {
        var store = new OutboxStore(_db.Database);

        var added = await _db.Database.InTransactionAsync(async tx =>
            (await store.EnqueueAsync(tx, "k", null, "{}", Now, "event:Ev1"), await store.EnqueueAsync(tx, "k", null, "{}", Now, "event:Ev1")));

        Assert.That(added, Is.EqualTo((true, false)));
    }

    [Test]
    public async Task EnqueueOrReopen_FoldsIntoWaitingOrRunningWork_AndQueuesFinishedWorkAgain()
    {
        var store = new OutboxStore(_db.Database);
        Task<bool> Reopen(DateTimeOffset at) => _db.Database.InTransactionAsync(tx => store.EnqueueOrReopenAsync(tx, "k", null, "7", at, "jira:issue:7"));

        var first = await Reopen(Now);
        var whileWaiting = await Reopen(Now);
        var claimed = (await store.ClaimDueAsync(Now, 10)).Single();
        var whileRunning = await Reopen(Now);
        await store.FailAsync(claimed.Id, "refused");
        var later = Now.AddMinutes(5);
        var afterFailing = await Reopen(later);
        var again = (await store.ClaimDueAsync(later, 10)).Single();
        await store.CompleteAsync(again.Id);
        var afterDone = await Reopen(later);

        Assert.That((first, whileWaiting, whileRunning, afterFailing, afterDone), Is.EqualTo((true, false, false, true, true)));
        Assert.That(again.Id, Is.EqualTo(claimed.Id), "the same row, queued again");
        Assert.That(again.Attempts, Is.EqualTo(claimed.Attempts), "its attempts counted from zero again");
        Assert.That(await DueAtAsync("k"), Is.EqualTo(later));
        Assert.That(await _db.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox")), Is.EqualTo(1));
    }

    [Test]
    public async Task RequeueRunning_AfterACrash_MakesInterruptedWorkDueAgain()
    {
        var dead = new OutboxStore(_db.Database, new WorkLease("dead", TimeSpan.FromMinutes(1)));
        await _db.Database.InTransactionAsync(tx => dead.EnqueueAsync(tx, "k", null, "{}", Now));
        await dead.ClaimDueAsync(Now, 10);
        var store = new OutboxStore(_db.Database, new WorkLease("restarted", TimeSpan.FromMinutes(1)));

        var requeued = await store.RequeueRunningAsync();

        if (_db.Database.Engine == DatabaseEngine.Sqlite)
        {
            // One process per file: what was running at start was the dead process's, and is due at once.
            Assert.That(requeued, Is.EqualTo(1));
            Assert.That((await store.ClaimDueAsync(Now, 10)).Single().Attempts, Is.EqualTo(2));
        }
        else
        {
            // Another replica may be running it: it is taken over when the dead holder's lease has run out.
            Assert.That(requeued, Is.Zero);
            // Looked for at 59 s, and next a quarter lease later.
            Assert.That(await store.ClaimDueAsync(Now.AddSeconds(59), 10), Is.Empty);
            Assert.That((await store.ClaimDueAsync(Now.AddSeconds(74), 10)).Single().Attempts, Is.EqualTo(2));
        }
    }

    [Test]
    public async Task Claim_AfterTheHoldersLeaseRunsOut_IsTakenOverAndTheOldHolderCannotFinishIt()
    {
        var first = new OutboxStore(_db.Database, new WorkLease("first", TimeSpan.FromMinutes(1)));
        var second = new OutboxStore(_db.Database, new WorkLease("second", TimeSpan.FromMinutes(1)));
        await _db.Database.InTransactionAsync(async tx =>
        {
            await first.EnqueueAsync(tx, "a", 1, "{}", Now);
            await first.EnqueueAsync(tx, "b", 1, "{}", Now);
        });
        var claimed = (await first.ClaimDueAsync(Now, 10)).Single();

        Assert.That(await second.ClaimDueAsync(Now.AddSeconds(30), 10), Is.Empty, "the lease is live");
        await first.RenewLeaseAsync(Now.AddSeconds(45));
        Assert.That(await second.ClaimDueAsync(Now.AddSeconds(90), 10), Is.Empty, "renewed until 105 s");
        var taken = (await second.ClaimDueAsync(Now.AddSeconds(106), 10)).Single();
        await first.CompleteAsync(claimed.Id);

        Assert.That(taken.Id, Is.EqualTo(claimed.Id), "the incident's earliest work, not the one queued behind it");
        Assert.That(await second.CountAsync("running"), Is.EqualTo(1), "the first holder's late completion changes nothing");
        await second.CompleteAsync(taken.Id);
        Assert.That((await second.ClaimDueAsync(Now.AddSeconds(107), 10)).Single().Kind, Is.EqualTo("b"));
    }

    [Test]
    public async Task Claim_LooksForAbandonedWorkOncePerQuarterLease_NotAtEveryClaim()
    {
        var dead = new OutboxStore(_db.Database, new WorkLease("dead", TimeSpan.FromMinutes(1)));
        var alive = new OutboxStore(_db.Database, new WorkLease("alive", TimeSpan.FromMinutes(1)));
        await _db.Database.InTransactionAsync(tx => dead.EnqueueAsync(tx, "a", 1, "{}", Now));
        var claimed = (await dead.ClaimDueAsync(Now, 10)).Single();

        Assert.That(await alive.ClaimDueAsync(Now.AddSeconds(50), 10), Is.Empty, "the lease is live; the next look is at 65 s");
        Assert.That(await alive.ClaimDueAsync(Now.AddSeconds(61), 10), Is.Empty, "run out, but not looked for until 65 s");
        Assert.That((await alive.ClaimDueAsync(Now.AddSeconds(65), 10)).Single().Id, Is.EqualTo(claimed.Id));
    }

    [Test]
    public async Task Claim_SeveralHoldersAtOnce_TakeEachItemOnceAndEachIncidentsWorkInOrder()
    {
        const int Incidents = 10, PerIncident = 6;
        var setup = new OutboxStore(_db.Database);
        await _db.Database.InTransactionAsync(async tx =>
        {
            for (var n = 0; n < PerIncident; n++)
            {
                for (var incident = 1; incident <= Incidents; incident++)
                {
                    await setup.EnqueueAsync(tx, $"{incident}:{n}", incident, "{}", Now);
                }
            }
        });
        var ran = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var running = new System.Collections.Concurrent.ConcurrentDictionary<long, bool>();
        var overlaps = 0;

        async Task WorkAsync(OutboxStore store)
        {
            var idle = 0;
            while (idle < 20)
            {
                var items = await store.ClaimDueAsync(Now, 3);
                idle = items.Count == 0 ? idle + 1 : 0;
                await Task.WhenAll(items.Select(async item =>
                {
                    if (!running.TryAdd(item.IncidentId!.Value, true))
                    {
                        Interlocked.Increment(ref overlaps);
                    }

                    ran.Enqueue(item.Kind);
                    await Task.Yield();
                    running.TryRemove(item.IncidentId!.Value, out _);
                    await store.CompleteAsync(item.Id);
                }));
                if (items.Count == 0)
                {
                    await Task.Delay(5);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(1, 3).Select(i => WorkAsync(new OutboxStore(_db.Database, new WorkLease($"holder-{i}", TimeSpan.FromMinutes(1))))));

        Assert.That(ran, Has.Count.EqualTo(Incidents * PerIncident), "every item once");
        Assert.That(ran.Distinct().Count(), Is.EqualTo(Incidents * PerIncident));
        Assert.That(overlaps, Is.Zero, "no incident had two items running at once");
        foreach (var incident in Enumerable.Range(1, Incidents))
        {
            Assert.That(ran.Where(k => k.StartsWith($"{incident}:", StringComparison.Ordinal)),
                Is.EqualTo(Enumerable.Range(0, PerIncident).Select(n => $"{incident}:{n}")), $"incident {incident}'s work in order");
        }
    }

    [Test]
    public async Task RetryLater_IsNotClaimedBeforeItsTime()
    {
        var store = new OutboxStore(_db.Database);
        await _db.Database.InTransactionAsync(tx => store.EnqueueAsync(tx, "k", null, "{}", Now));
        var item = (await store.ClaimDueAsync(Now, 10)).Single();
        await store.RetryLaterAsync(item.Id, Now.AddSeconds(30), "ratelimited");

        Assert.That(await store.ClaimDueAsync(Now.AddSeconds(29), 10), Is.Empty);
        Assert.That(await store.ClaimDueAsync(Now.AddSeconds(30), 10), Has.Count.EqualTo(1));
    }
}
