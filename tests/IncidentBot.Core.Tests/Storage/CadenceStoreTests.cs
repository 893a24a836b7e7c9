using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

/// <summary>An incident's cadence state carries its latest reopening, read from the timeline.</summary>
public sealed class CadenceStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);
    private TestDatabase _db = null!;

    [SetUp]
    public async Task SetUpAsync() => _db = await TestDatabase.CreateAsync();

    [TearDown]
    public async Task TearDownAsync() => await _db.DisposeAsync();

    [Test]
    public async Task Get_CarriesTheLatestReopeningAmongOtherEntries()
    {
        var timeline = new TimelineStore(_db.Database);
        var id = await _db.Database.InTransactionAsync(async tx =>
        {
            var incident = await new IncidentStore(_db.Database).InsertAsync(tx,
                new NewIncident("a", "sev2", false, "U1", UnixTime.ToUnixMs(T0), null, null, "key-a", null));
            foreach (var (minute, kind) in new[] { (5, TimelineKind.Reopened), (20, TimelineKind.Reopened), (30, TimelineKind.Note) })
            {
                await timeline.AddAsync(tx, new TimelineEntry(0, incident.Id, T0.AddMinutes(minute), T0.AddMinutes(minute), kind, "entry", "U1"));
            }

            return incident.Id;
        });

        var state = await new CadenceStore(_db.Database).GetAsync(id);

        Assert.That(state.ReopenedAt, Is.EqualTo(T0.AddMinutes(20)));
    }

    [Test]
    public async Task Get_FindsTheLatestReopeningAmongTheReopeningsOnly()
    {
        // SQLite's query planner, whichever engine the run is on.
        await using var sqlite = await TestDatabase.CreateSqliteAsync();
        var plan = await sqlite.Database.ReadAsync(async c => (await Dapper.SqlMapper.QueryAsync(c,
            "EXPLAIN QUERY PLAN SELECT MAX(t.occurred_at) FROM timeline t WHERE t.incident_id = 1 AND t.kind = 'Reopened'")).Select(row => (string)row.detail));

        Assert.That(string.Join("\n", plan), Does.Contain("ix_timeline_reopened"));
    }

    [TestCase(new string[0], 0)]
    [TestCase(new[] { "Escalated to the Incident Commander <@U1> by DM after 1 missed update(s)" }, 1)]
    [TestCase(new[] { "Escalated to <!subteam^S0ONCALL> after 1 missed update(s)" }, 2)]
    [TestCase(new[] { "Escalated to the Incident Commander <@U1> by DM after 1 missed update(s)", "Escalated to <!subteam^S0ONCALL> after 2 missed update(s)" }, 2)]
    public async Task Migration0009_FillsTheLevelFromTheRunsEscalations(string[] escalations, int level)
    {
        var id = await _db.Database.InTransactionAsync(async tx =>
        {
            var incident = await new IncidentStore(_db.Database).InsertAsync(tx,
                new NewIncident("a", "sev1", false, "U1", UnixTime.ToUnixMs(T0), null, null, "key-a", null));
            await new CadenceStore(_db.Database).SaveAsync(tx, new CadenceState { IncidentId = incident.Id, AnchorAt = T0, Missed = escalations.Length });
            await new TimelineStore(_db.Database).AddAsync(tx, new TimelineEntry(0, incident.Id, T0.AddMinutes(-5), T0.AddMinutes(-5),
                TimelineKind.Escalated, "Escalated to <!subteam^S0ONCALL> after 2 missed update(s)", null));
            for (var i = 0; i < escalations.Length; i++)
            {
                await new TimelineStore(_db.Database).AddAsync(tx, new TimelineEntry(0, incident.Id, T0.AddMinutes(30 * (i + 1)),
                    T0.AddMinutes(30 * (i + 1)), TimelineKind.Escalated, escalations[i], null));
            }

            return incident.Id;
        });

        // The migration's fill, as it runs on a database that had the rows before it (its ALTER has run already here).
        var script = Migrator.Migrations().Single(m => m.Name.StartsWith("0009", StringComparison.Ordinal)).Sql;
        var fill = script[script.IndexOf("UPDATE incident_cadence", StringComparison.Ordinal)..];
        await _db.Database.InTransactionAsync(tx => Dapper.SqlMapper.ExecuteAsync(tx.Connection!, fill, transaction: tx));

        Assert.That((await new CadenceStore(_db.Database).GetAsync(id)).Escalated, Is.EqualTo(level), "escalations before the anchor do not count");
    }
}
