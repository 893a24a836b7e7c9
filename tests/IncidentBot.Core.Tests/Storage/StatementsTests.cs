using Dapper;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

/// <summary>Statements kept compiled with their connection give the same answers as statements compiled at each use.</summary>
public sealed class StatementsTests
{
    private const string Insert = "INSERT INTO slack_effects (key, state, value, updated_at) VALUES (@key, @state, @value, @at)";
    private const string Select = "SELECT key, state, value, updated_at FROM slack_effects WHERE key = @key";

    private TestDatabase _db = null!;

    [SetUp]
    public async Task SetUpAsync() => _db = await TestDatabase.CreateSqliteAsync();

    [TearDown]
    public async Task TearDownAsync() => await _db.DisposeAsync();

    [Test]
    public async Task OneStatement_RunAgainWithOtherArguments_BindsEachTimesArguments()
    {
        // The same connection comes back for each of these, so the second and later runs reuse the compiled statement.
        await _db.Database.InTransactionAsync(tx => Task.FromResult(Statements.Execute(tx, Insert, ("@key", "a"), ("@state", "done"), ("@value", null), ("@at", 1L))));
        await _db.Database.InTransactionAsync(tx => Task.FromResult(Statements.Execute(tx, Insert, ("@key", "b"), ("@state", "attempted"), ("@value", "C1"), ("@at", 2L))));

        var a = await _db.Database.ReadAsync(c => Task.FromResult(Statements.Query<EffectRecord>(c, null, Select, ("@key", "a"))));
        var b = await _db.Database.ReadAsync(c => Task.FromResult(Statements.Query<EffectRecord>(c, null, Select, ("@key", "b"))));
        var none = await _db.Database.ReadAsync(c => Task.FromResult(Statements.Query<EffectRecord>(c, null, Select, ("@key", "zzz"))));

        Assert.That(a, Is.EqualTo(new[] { new EffectRecord("a", "done", null, 1) }));
        Assert.That(b, Is.EqualTo(new[] { new EffectRecord("b", "attempted", "C1", 2) }));
        Assert.That(none, Is.Empty);
        Assert.That(_db.Sqlite.IdleConnections, Is.EqualTo(1), "one connection served every use in turn");
    }

    [Test]
    public async Task StatementCompiledInOneTransaction_RunsInTheNext_AndSeesItsOwnUncommittedRows()
    {
        const string count = "SELECT COUNT(*) AS n FROM slack_effects";
        for (var i = 0; i < 3; i++)
        {
            var seen = await _db.Database.InTransactionAsync(tx =>
            {
                Statements.Execute(tx, Insert, ("@key", $"k{i}"), ("@state", "done"), ("@value", null), ("@at", 0L));
                return Task.FromResult(Statements.Query<long>(tx.Connection!, tx, count).Single());
            });

            Assert.That(seen, Is.EqualTo(i + 1));
        }
    }

    [Test]
    public async Task RolledBackTransaction_LeavesNothing_AndItsConnectionIsNotReused()
    {
        await _db.Database.ReadAsync(c => Task.FromResult(0));
        Assert.That(_db.Sqlite.IdleConnections, Is.EqualTo(1));

        Assert.ThrowsAsync<InvalidOperationException>(() => _db.Database.InTransactionAsync<int>(tx =>
        {
            Statements.Execute(tx, Insert, ("@key", "lost"), ("@state", "done"), ("@value", null), ("@at", 0L));
            throw new InvalidOperationException("work failed");
        }));

        Assert.That(_db.Sqlite.IdleConnections, Is.Zero, "a connection whose work failed is closed, not kept");
        var rows = await _db.Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM slack_effects"));
        Assert.That(rows, Is.Zero);
    }

    [Test]
    public async Task TupleRows_MapByPosition()
    {
        await _db.Database.InTransactionAsync(tx => Task.FromResult(Statements.Execute(tx, Insert, ("@key", "t"), ("@state", "done"), ("@value", "v"), ("@at", 7L))));

        var row = await _db.Database.ReadAsync(c => Task.FromResult(Statements.Query<(string Key, long At)>(c, null,
            "SELECT key, updated_at FROM slack_effects WHERE key = @key", ("@key", "t")).Single()));

        Assert.That(row, Is.EqualTo(("t", 7L)));
    }
}
