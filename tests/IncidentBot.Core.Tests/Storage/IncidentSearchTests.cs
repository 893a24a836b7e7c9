using System.Data;
using Dapper;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using IncidentBot.Testing;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

/// <summary>
/// The web list's search and filters on a real database: words found in titles, updates, timeline entries and
/// post-mortems as soon as they are written (SQLite's triggers keep the index in step; on PostgreSQL writes note the
/// incident stale and the search catches up before it reads), Russian as well as English,
/// private incidents only for their members, and the type, service and date filters combined with the rest.
/// </summary>
public sealed class IncidentSearchTests
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
    public async Task Search_WordsInEveryPart_FindsTheIncidentOnceWritten()
    {
        var (title, update, timeline, postmortem, renamed) = await _db.Database.InTransactionAsync(async tx =>
        {
            var title = await InsertAsync(tx, "Checkout latency spike", T0);
            var update = await InsertAsync(tx, "Payments down", T0);
            await AddUpdateAsync(tx, update.Id, "Rolling back the flagship release", "billing-api");
            var timeline = await InsertAsync(tx, "Login errors", T0);
            await new TimelineStore(_db.Database).AddAsync(tx, new TimelineEntry(0, timeline.Id, T0, T0, TimelineKind.Note, "Found the misconfigured loadbalancer", "U1"));
            var postmortem = await InsertAsync(tx, "Queue backlog", T0);
            await new PostmortemStore(_db.Database).AddAsync(tx, postmortem.Id, "pm-1", "# Post-mortem\n\nRoot cause: an expired **certificate**.", T0);
            var renamed = await InsertAsync(tx, "Old name", T0);
            await _store.SetTitleAsync(tx, renamed.Id, "Сбой оплаты картой");
            return (title, update, timeline, postmortem, renamed);
        });

        Assert.Multiple(async () =>
        {
            Assert.That(await NumbersAsync("latency checkout"), Is.EqualTo(new[] { title.Number }), "title words, any order and case");
            Assert.That(await NumbersAsync("FLAGSHIP"), Is.EqualTo(new[] { update.Number }), "an update's summary");
            Assert.That(await NumbersAsync("billing"), Is.EqualTo(new[] { update.Number }), "an update's services");
            Assert.That(await NumbersAsync("loadbalancer"), Is.EqualTo(new[] { timeline.Number }), "a timeline note");
            Assert.That(await NumbersAsync("certificate"), Is.EqualTo(new[] { postmortem.Number }), "the post-mortem");
            Assert.That(await NumbersAsync("ОПЛАТЫ"), Is.EqualTo(new[] { renamed.Number }), "Russian, after a rename");
            Assert.That(await NumbersAsync("old"), Is.Empty, "the old title is gone from the index");
            Assert.That(await NumbersAsync("checkout payments"), Is.Empty, "every word must be found in one incident");
            Assert.That(await NumbersAsync("\"checkout\" (latency* -"), Is.EqualTo(new[] { title.Number }), "operators are words, not syntax");
        });
    }

    [Test]
    public async Task Search_PrivateIncident_FoundOnlyByItsMembers()
    {
        await _db.Database.InTransactionAsync(async tx =>
        {
            var secret = await _store.InsertAsync(tx, new NewIncident("Acquisition leak", "sev1", true, "U1", UnixTime.ToUnixMs(T0), null, null, "key-secret", null));
            await _store.AddMemberAsync(tx, secret.Id, "U2", T0);
        });

        var member = await _store.ListVisibleAsync("U2", new IncidentListFilter { Search = SearchWords.Parse("acquisition") });
        var other = await _store.ListVisibleAsync("U3", new IncidentListFilter { Search = SearchWords.Parse("acquisition") });

        Assert.Multiple(() =>
        {
            Assert.That(member.Select(i => i.Title), Is.EqualTo(new[] { "Acquisition leak" }));
            Assert.That(other, Is.Empty);
        });
    }

    [Test]
    public async Task Filters_TypeServiceAndDates_CombineWithSearch()
    {
        var (early, late, security) = await _db.Database.InTransactionAsync(async tx =>
        {
            var early = await InsertAsync(tx, "Database failover", T0.AddDays(-10));
            await AddUpdateAsync(tx, early.Id, "Failing over", "Orders-DB, search");
            var late = await InsertAsync(tx, "Database slow", T0);
            await tx.Connection!.ExecuteAsync("INSERT INTO incident_components (incident_id, component, state) VALUES (@id, 'orders-db', 'degraded')", new { id = late.Id }, tx);
            var security = await _store.InsertAsync(tx, new NewIncident("Database exposed", "sev2", false, "U1", UnixTime.ToUnixMs(T0), null, null, "key-sec", null, Type: "security"));
            return (early, late, security);
        });

        Assert.Multiple(async () =>
        {
            Assert.That(await NumbersAsync(new IncidentListFilter { Service = "orders-db" }), Is.EqualTo(new[] { late.Number, early.Number }), "named in an update or an affected component");
            Assert.That(await NumbersAsync(new IncidentListFilter { Service = "100%_" }), Is.Empty, "LIKE wildcards are plain characters");
            Assert.That(await NumbersAsync(new IncidentListFilter { From = T0.AddDays(-1) }), Is.EqualTo(new[] { security.Number, late.Number }));
            Assert.That(await NumbersAsync(new IncidentListFilter { Until = T0.AddDays(-1) }), Is.EqualTo(new[] { early.Number }));
            Assert.That(await NumbersAsync(new IncidentListFilter { TypeKey = "security", Search = SearchWords.Parse("database") }), Is.EqualTo(new[] { security.Number }));
            Assert.That(await NumbersAsync(new IncidentListFilter(Open: true) { Search = SearchWords.Parse("database"), From = T0.AddDays(-1), Service = "ORDERS-DB" }), Is.EqualTo(new[] { late.Number }));
        });
    }

    [Test]
    public void SearchWords_Parse_KeepsLettersAndDigitsOnly()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SearchWords.Parse("  \"db-01\" OR Сбой*  ")!.Words, Is.EqualTo(new[] { "db", "01", "or", "сбой" }));
            Assert.That(SearchWords.Parse("*** -- \"\""), Is.Null);
            Assert.That(SearchWords.Parse("db-01")!.ForFts5(), Is.EqualTo("\"db\" \"01\""));
        });
    }

    [Test]
    public async Task Search_OnPostgres_WritesOnlyNoteTheIncidentAndTheCatchUpRebuildsItOnce()
    {
        PostgresRequired.Server();
        if (_db.Database.Engine != DatabaseEngine.Postgres)
        {
            Assert.Ignore("the PostgreSQL run's test");
        }

        var incident = await _db.Database.InTransactionAsync(async tx =>
        {
            var incident = await InsertAsync(tx, "Checkout latency spike", T0);
            var timeline = new TimelineStore(_db.Database);
            for (var i = 0; i < 5; i++)
            {
                await timeline.AddAsync(tx, new TimelineEntry(0, incident.Id, T0, T0, TimelineKind.Note, $"Looked at shard {i} of the loadbalancer", "U1"));
            }

            return incident;
        });

        Assert.That(await CountAsync("SELECT COUNT(*) FROM incident_search WHERE incident_id = @id", incident.Id), Is.Zero,
            "the writes, an acknowledgement among them, did not rebuild the document");
        Assert.That(await CountAsync("SELECT COUNT(*) FROM incident_search_stale WHERE incident_id = @id", incident.Id), Is.EqualTo(6));
        Assert.That(await _store.CatchUpSearchAsync(), Is.EqualTo(1), "rebuilt once for six writes");
        Assert.That(await CountAsync("SELECT COUNT(*) FROM incident_search_stale", 0), Is.Zero);
        Assert.That(await NumbersAsync("loadbalancer shard"), Is.EqualTo(new[] { incident.Number }));

        await _db.Database.InTransactionAsync(tx => new TimelineStore(_db.Database).AddAsync(tx,
            new TimelineEntry(0, incident.Id, T0, T0, TimelineKind.Note, "Rolled the canary back", "U1")));
        Assert.That(await NumbersAsync("canary"), Is.EqualTo(new[] { incident.Number }), "a search catches up on what is left before it reads");
        Assert.That(await _store.CatchUpSearchAsync(), Is.Zero);
    }

    private Task<long> CountAsync(string sql, long id) => _db.Database.ReadAsync(c => c.ExecuteScalarAsync<long>(sql, new { id }));

    private async Task<int[]> NumbersAsync(string search) => await NumbersAsync(new IncidentListFilter { Search = SearchWords.Parse(search) });

    private async Task<int[]> NumbersAsync(IncidentListFilter filter) => (await _store.ListVisibleAsync("U1", filter)).Select(i => i.Number).ToArray();

    private Task<Incident> InsertAsync(IDbTransaction tx, string title, DateTimeOffset at) =>
        _store.InsertAsync(tx, new NewIncident(title, "sev2", false, "U1", UnixTime.ToUnixMs(at), null, null, $"key-{title}", null));

    private static Task<int> AddUpdateAsync(IDbTransaction tx, long incidentId, string summary, string services) =>
        tx.Connection!.ExecuteAsync("""
            INSERT INTO incident_updates (incident_id, number, severity, status, previous_status, summary, posted_by, posted_at, idempotency_key, services)
            VALUES (@incidentId, 1, 'sev2', 'Identified', 'Investigating', @summary, 'U1', 0, @key, @services)
            """, new { incidentId, summary, services, key = $"u-{incidentId}" }, tx);
}
