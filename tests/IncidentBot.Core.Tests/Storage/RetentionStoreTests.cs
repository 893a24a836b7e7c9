using Dapper;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

/// <summary>
/// Retention prunes old finished work, event ids and effect records, on a real SQLite file with a fake clock, and keeps
/// everything a double could still come from, and every incident record.
/// </summary>
public sealed class RetentionStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Age = TimeSpan.FromDays(30);
    private readonly FakeTimeProvider _time = new(Start);
    private TestDatabase _db = null!;
    private OutboxStore _outbox = null!;
    private EffectLedger _ledger = null!;

    [SetUp]
    public async Task SetUpAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _outbox = new OutboxStore(_db.Database);
        _ledger = new EffectLedger(_db.Database, _time);
    }

    [TearDown]
    public async Task TearDownAsync() => await _db.DisposeAsync();

    [Test]
    public async Task Prune_RowsOlderThanTheAge_AreRemovedAndNewerOnesKept()
    {
        var incident = await IncidentAsync();
        await RecordAsync("old");
        await CompleteAllAsync();
        _time.Advance(TimeSpan.FromDays(20));
        await RecordAsync("recent");
        await CompleteAllAsync();
        _time.Advance(TimeSpan.FromDays(15));

        var pruned = await PruneAsync();

        Assert.That(pruned, Is.EqualTo(new PrunedCounts(1, 1, 1)));
        Assert.That(await KeysAsync("SELECT dedupe_key FROM outbox"), Is.EqualTo(new[] { "work:recent" }));
        Assert.That(await KeysAsync("SELECT event_id FROM slack_events"), Is.EqualTo(new[] { "Ev-recent" }));
        Assert.That(await KeysAsync("SELECT key FROM slack_effects"), Is.EqualTo(new[] { "effect:recent" }));
        Assert.That(await new IncidentStore(_db.Database).GetAsync(incident), Is.Not.Null, "incidents are kept");
    }

    [Test]
    public async Task Prune_WhileOlderWorkIsStillPending_KeepsEverythingFromItsCreationOn()
    {
        await RecordAsync("stuck", complete: false);
        _time.Advance(TimeSpan.FromDays(1));
        await RecordAsync("after");
        await CompleteAllExceptAsync("work:stuck");
        _time.Advance(TimeSpan.FromDays(60));

        var pruned = await PruneAsync();

        Assert.That(pruned, Is.EqualTo(new PrunedCounts(0, 0, 0)), "the pending work may still need its effects and event ids");
        Assert.That(await KeysAsync("SELECT dedupe_key FROM outbox ORDER BY id"), Is.EqualTo(new[] { "work:stuck", "work:after" }));
    }

    [Test]
    public async Task Prune_AnEffectOnlyAttempted_IsKeptForItsReconciliation()
    {
        await _ledger.MarkAttemptedAsync("effect:attempted");
        await _ledger.MarkDoneAsync("effect:done", "ts");
        _time.Advance(Age + TimeSpan.FromDays(1));

        await PruneAsync();

        Assert.That(await KeysAsync("SELECT key FROM slack_effects"), Is.EqualTo(new[] { "effect:attempted" }));
    }

    [Test]
    public async Task Prune_WorkGivenUp_IsRemovedOnceOlderThanTheAgeAsFinishedWorkIs()
    {
        await RecordAsync("given-up", complete: false);
        var id = await _db.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT id FROM outbox WHERE dedupe_key = 'work:given-up'"));
        await _outbox.FailAsync(id, "channel_not_found");
        _time.Advance(TimeSpan.FromDays(20));
        await RecordAsync("recent-failure", complete: false);
        var recent = await _db.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT id FROM outbox WHERE dedupe_key = 'work:recent-failure'"));
        await _outbox.FailAsync(recent, "channel_not_found");
        _time.Advance(TimeSpan.FromDays(15));

        var pruned = await PruneAsync();

        Assert.That(pruned.Work, Is.EqualTo(1));
        Assert.That(await KeysAsync("SELECT dedupe_key FROM outbox"), Is.EqualTo(new[] { "work:recent-failure" }),
            "work the queue gave up on is finished: it is pruned with the done work once older than the age, not kept for ever");
    }

    [Test]
    public async Task Prune_AnEventIdWithinTheAge_IsStillADuplicate()
    {
        var inbox = new EventInbox();
        await _db.Database.InTransactionAsync(tx => inbox.TryRecordAsync(tx, "Ev1", _time.GetUtcNow()));
        _time.Advance(Age - TimeSpan.FromMinutes(1));
        await PruneAsync();
        var withinAge = await _db.Database.InTransactionAsync(tx => inbox.TryRecordAsync(tx, "Ev1", _time.GetUtcNow()));

        Assert.That(withinAge, Is.False, "a retry within the age is still a duplicate");
    }

    [Test]
    public async Task Prune_MoreRowsThanOneBatch_PrunesThemAll()
    {
        var rows = RetentionStore.BatchSize * 2 + 7;
        await _db.Database.InTransactionAsync(async tx =>
        {
            for (var i = 0; i < rows; i++)
            {
                await _outbox.EnqueueAsync(tx, "kind", null, "{}", _time.GetUtcNow(), $"bulk:{i}");
            }
        });
        await CompleteAllAsync();
        _time.Advance(Age + TimeSpan.FromDays(1));

        var pruned = await PruneAsync();

        Assert.That(pruned.Work, Is.EqualTo(rows));
        Assert.That(await _outbox.CountAsync("done"), Is.Zero);
    }

    private Task<PrunedCounts> PruneAsync() => new RetentionStore(_db.Database).PruneAsync(_time.GetUtcNow() - Age);

    /// <summary>What one piece of work leaves behind: its queue row, the event id it came from, and a Slack effect.</summary>
    private async Task RecordAsync(string name, bool complete = true)
    {
        await _db.Database.InTransactionAsync(async tx =>
        {
            await _outbox.EnqueueAsync(tx, "kind", null, "{}", _time.GetUtcNow(), $"work:{name}");
            await new EventInbox().TryRecordAsync(tx, $"Ev-{name}", _time.GetUtcNow());
        });
        await _ledger.MarkDoneAsync($"effect:{name}", "ts");
    }

    private Task<int> CompleteAllAsync() => CompleteAllExceptAsync(null);

    private Task<int> CompleteAllExceptAsync(string? keep) => _db.Database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync(
        "UPDATE outbox SET status = 'done' WHERE status = 'pending' AND dedupe_key IS DISTINCT FROM @keep", new { keep }, tx));

    private Task<long> IncidentAsync() => _db.Database.InTransactionAsync(async tx =>
        (await new IncidentStore(_db.Database).InsertAsync(tx, new NewIncident("Old incident", "sev1", false, "U1",
            UnixTime.ToUnixMs(Start), null, null, "k", null))).Id);

    private Task<List<string>> KeysAsync(string sql) =>
        _db.Database.ReadAsync(async c => (await c.QueryAsync<string>(sql)).ToList());
}
