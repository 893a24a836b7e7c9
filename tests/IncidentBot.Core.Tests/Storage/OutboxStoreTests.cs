using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

public sealed class OutboxStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);
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
        var a = await IncidentAsync("a");
        var b = await IncidentAsync("b");
        await _db.Database.InTransactionAsync(async tx =>
        {
            await store.EnqueueAsync(tx, "first", a, "{}", Now);
            await store.EnqueueAsync(tx, "second", a, "{}", Now);
            await store.EnqueueAsync(tx, "other", b, "{}", Now);
        });

        var batch1 = await store.ClaimDueAsync(Now, 10);
        var batch2 = await store.ClaimDueAsync(Now, 10);
        await store.CompleteAsync(batch1[0].Id);
        var batch3 = await store.ClaimDueAsync(Now, 10);

        Assert.That(batch1.Select(i => i.Kind), Is.EqualTo(new[] { "first", "other" }));
        Assert.That(batch2, Is.Empty);
        Assert.That(batch3.Select(i => i.Kind), Is.EqualTo(new[] { "second" }));
    }

    [Test]
    public async Task Enqueue_SameDedupeKey_AddsOnce()
    {
        var store = new OutboxStore(_db.Database);

        var added = await _db.Database.InTransactionAsync(async tx =>
            (await store.EnqueueAsync(tx, "k", null, "{}", Now, "event:Ev1"), await store.EnqueueAsync(tx, "k", null, "{}", Now, "event:Ev1")));

        Assert.That(added, Is.EqualTo((true, false)));
    }

    [Test]
    public async Task RequeueRunning_AfterACrash_MakesInterruptedWorkDueAgain()
    {
        var store = new OutboxStore(_db.Database);
        await _db.Database.InTransactionAsync(tx => store.EnqueueAsync(tx, "k", null, "{}", Now));
        await store.ClaimDueAsync(Now, 10);

        var requeued = await store.RequeueRunningAsync();
        var again = await store.ClaimDueAsync(Now, 10);

        Assert.That(requeued, Is.EqualTo(1));
        Assert.That(again.Single().Attempts, Is.EqualTo(2));
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
