using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

/// <summary>An incident is read with everything it carries: its roles, its links either way and its open action items.</summary>
public sealed class IncidentStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);
    private TestDatabase _db = null!;
    private IncidentStore _store = null!;

    [SetUp]
    public async Task SetUpAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _store = new IncidentStore(_db.Database);
    }

    [TearDown]
    public async Task TearDownAsync() => await _db.DisposeAsync();

    [Test]
    public async Task TryClaimChannel_TwoIncidentsOneChannel_OnlyTheFirstHoldsIt()
    {
        var (first, second) = await _db.Database.InTransactionAsync(async tx => (await InsertAsync(tx, "a"), await InsertAsync(tx, "b")));

        var firstClaim = await _store.TryClaimChannelAsync(first.Id, "C1", "incident-a");
        var secondClaim = await _store.TryClaimChannelAsync(second.Id, "C1", "incident-a");
        var againByFirst = await _store.TryClaimChannelAsync(first.Id, "C1", "incident-a");

        await Assert.MultipleAsync(async () =>
        {
            Assert.That((firstClaim, secondClaim, againByFirst), Is.EqualTo((true, false, true)));
            Assert.That((await _store.GetAsync(first.Id))!.ChannelId, Is.EqualTo("C1"));
            Assert.That((await _store.GetAsync(second.Id))!.ChannelId, Is.Null);
        });
    }

    [Test]
    public async Task TryClaimChannel_WhileAnotherClaimOfTheChannelIsUncommitted_AnswersFalseOnceItCommits()
    {
        var (first, second) = await _db.Database.InTransactionAsync(async tx => (await InsertAsync(tx, "a"), await InsertAsync(tx, "b")));
        var held = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var firstClaim = _db.Database.InTransactionAsync(async tx =>
        {
            await Dapper.SqlMapper.ExecuteAsync(tx.Connection!, "UPDATE incidents SET channel_id = 'C1' WHERE id = @id", new { id = first.Id }, tx);
            held.SetResult();
            await release.Task;
        }, Isolation.RowLocks);
        await held.Task;

        // The second claim starts while the first is uncommitted: on PostgreSQL it waits on the channel's unique index
        // (seen as a backend waiting on a lock), on SQLite on the one writer.
        var secondClaim = _store.TryClaimChannelAsync(second.Id, "C1", "incident-a");
        if (_db.Database.Engine == DatabaseEngine.Postgres)
        {
            await WaitForALockWaiterAsync();
        }

        release.SetResult();
        await firstClaim;

        Assert.Multiple(async () =>
        {
            Assert.That(await secondClaim, Is.False);
            Assert.That((await _store.GetAsync(second.Id))!.ChannelId, Is.Null);
        });
    }

    private async Task WaitForALockWaiterAsync()
    {
        for (var i = 0; i < 500; i++)
        {
            var waiting = await _db.Database.ReadAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<long>(c,
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"));
            if (waiting > 0)
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail("The second claim never waited on the first.");
    }

    [Test]
    public async Task Get_ReadsRolesLinksBothWaysAndOpenActionItems()
    {
        var (first, second, third) = await _db.Database.InTransactionAsync(async tx =>
        {
            var a = await InsertAsync(tx, "a");
            var b = await InsertAsync(tx, "b");
            var c = await InsertAsync(tx, "c");
            await _store.SetRoleAsync(tx, b.Id, "commander", "U1", T0);
            await _store.SetRoleAsync(tx, b.Id, "lead", "U2", T0);
            await _store.SetRoleAsync(tx, b.Id, "lead", "U3", T0);
            var links = new ResolutionStore(_db.Database);
            await links.AddLinkAsync(tx, b.Id, c.Number, "U1", T0);
            await links.AddLinkAsync(tx, a.Id, b.Number, "U1", T0);
            await links.AddLinkAsync(tx, c.Id, b.Number, "U1", T0);
            var actions = new ActionItemStore(_db.Database);
            var done = await actions.AddAsync(tx, new NewActionItem(b.Id, "fix it", null, null, "high", "U1", "k1"), T0);
            await actions.AddAsync(tx, new NewActionItem(b.Id, "test it", null, null, "high", "U1", "k2"), T0);
            await actions.AddAsync(tx, new NewActionItem(b.Id, "page it", null, null, "low", "U1", "k3"), T0);
            await actions.MarkDoneAsync(tx, done.Item.Id, "U1", T0);
            return (a, b, c);
        });

        var incident = (await _store.GetByNumberAsync(second.Number))!;

        Assert.That(incident.Roles, Is.EquivalentTo(new Dictionary<string, string> { ["commander"] = "U1", ["lead"] = "U3" }));
        Assert.That(incident.Links, Is.EqualTo(new[] { first.Number, third.Number }), "linked to c, from a and from c, each once");
        Assert.That(incident.OpenActionCount, Is.EqualTo(2));
        var bare = (await _store.GetAsync(first.Id))!;
        Assert.That(bare.Roles, Is.Empty);
        Assert.That(bare.Links, Is.EqualTo(new[] { second.Number }));
        Assert.That(bare.OpenActionCount, Is.Zero);
    }

    [Test]
    public async Task ListOpen_GivesEachIncidentItsOwnRoles()
    {
        await _db.Database.InTransactionAsync(async tx =>
        {
            foreach (var (title, user) in new[] { ("a", "U1"), ("b", "U2"), ("c", "U3") })
            {
                var incident = await InsertAsync(tx, title);
                await _store.SetRoleAsync(tx, incident.Id, "commander", user, T0);
            }
        });

        var open = await _store.ListOpenAsync();

        Assert.That(open.Select(i => (i.Title, i.RoleHolder("commander"))), Is.EqualTo(new[] { ("a", "U1"), ("b", "U2"), ("c", "U3") }));
    }

    [Test]
    public async Task ListOpen_ReadsOnlyTheOpenIncidentsThroughTheirIndex()
    {
        // SQLite's query planner, whichever engine the run is on.
        await using var sqlite = await TestDatabase.CreateSqliteAsync();
        await _db.Database.InTransactionAsync(async tx =>
        {
            foreach (var title in new[] { "a", "b", "c", "d" })
            {
                await InsertAsync(tx, title);
            }

            await Dapper.SqlMapper.ExecuteAsync(tx.Connection!, "UPDATE incidents SET status = 'Resolved' WHERE title IN ('a', 'c')", transaction: tx);
        });

        var open = await _store.ListOpenAsync();
        var plan = await sqlite.Database.ReadAsync(async c => (await Dapper.SqlMapper.QueryAsync(c,
            "EXPLAIN QUERY PLAN SELECT i.id FROM incidents i WHERE status <> 'Resolved' ORDER BY i.number")).Select(row => (string)row.detail));

        Assert.That(open.Select(i => i.Title), Is.EqualTo(new[] { "b", "d" }));
        Assert.That(string.Join("\n", plan), Does.Contain("USING INDEX ix_incidents_open").And.Not.Contain("TEMP B-TREE"));
    }

    [Test]
    public async Task ListVisible_PrivateAndLimit_NewestVisibleFirstUpToTheLimit()
    {
        await _db.Database.InTransactionAsync(async tx =>
        {
            await InsertAsync(tx, "a");
            var mine = await _store.InsertAsync(tx, new NewIncident("mine", "sev1", true, "U1", UnixTime.ToUnixMs(T0), null, null, "key-mine", null));
            await _store.AddMemberAsync(tx, mine.Id, "U2", T0);
            await InsertAsync(tx, "b");
            await _store.InsertAsync(tx, new NewIncident("theirs", "sev1", true, "U1", UnixTime.ToUnixMs(T0), null, null, "key-theirs", null));
            await InsertAsync(tx, "c");
        });

        var firstThree = await _store.ListVisibleAsync("U2", new IncidentListFilter(Limit: 3));
        var all = await _store.ListVisibleAsync("U2", new IncidentListFilter());
        var sev1 = await _store.ListVisibleAsync("U2", new IncidentListFilter(SeverityKey: "sev1"));
        var closed = await _store.ListVisibleAsync("U2", new IncidentListFilter(Open: false));

        Assert.Multiple(() =>
        {
            Assert.That(firstThree.Select(i => i.Title), Is.EqualTo(new[] { "c", "b", "mine" }));
            Assert.That(all.Select(i => i.Title), Is.EqualTo(new[] { "c", "b", "mine", "a" }), "a private incident only for its members");
            Assert.That(sev1.Select(i => i.Title), Is.EqualTo(new[] { "mine" }));
            Assert.That(closed, Is.Empty);
        });
    }

    private Task<Incident> InsertAsync(System.Data.IDbTransaction tx, string title) =>
        _store.InsertAsync(tx, new NewIncident(title, "sev2", false, "U1", UnixTime.ToUnixMs(T0), null, null, $"key-{title}", null));
}
