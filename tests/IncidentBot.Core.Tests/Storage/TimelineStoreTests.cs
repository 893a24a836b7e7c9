using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Storage;

public sealed class TimelineStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);
    private TestDatabase _db = null!;
    private long _incidentId;

    [SetUp]
    public async Task SetUpAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _incidentId = (await _db.Database.InTransactionAsync(tx => new IncidentStore(_db.Database).InsertAsync(tx,
            new NewIncident("t", "sev1", false, "U1", UnixTime.ToUnixMs(T0), null, null, "k", null)))).Id;
    }

    [TearDown]
    public async Task TearDownAsync() => await _db.DisposeAsync();

    private TimelineEntry Entry(DateTimeOffset occurred, string text) =>
        new(0, _incidentId, occurred, T0.AddHours(1), TimelineKind.Note, text, "U1");

    [Test]
    public async Task List_OrdersByOccurrenceThenByRecordOrder()
    {
        var store = new TimelineStore(_db.Database);
        await _db.Database.InTransactionAsync(async tx =>
        {
            await store.AddAsync(tx, Entry(T0.AddMinutes(10), "late"));
            await store.AddAsync(tx, Entry(T0.AddMinutes(5), "tie first"));
            await store.AddAsync(tx, Entry(T0, "earliest, recorded third"));
            await store.AddAsync(tx, Entry(T0.AddMinutes(5), "tie second"));
        });

        var texts = (await store.ListAsync(_incidentId)).Select(e => e.Text);

        Assert.That(texts, Is.EqualTo(new[] { "earliest, recorded third", "tie first", "tie second", "late" }));
    }

    [Test]
    public async Task Add_SameSourceKeyTwice_RecordsOnce()
    {
        var store = new TimelineStore(_db.Database);

        var first = await _db.Database.InTransactionAsync(tx => store.AddAsync(tx, Entry(T0, "pinned"), "msg:C1:1.0"));
        var second = await _db.Database.InTransactionAsync(tx => store.AddAsync(tx, Entry(T0, "pinned"), "msg:C1:1.0"));

        Assert.That((first, second), Is.EqualTo((true, false)));
        Assert.That(await store.ListAsync(_incidentId), Has.Count.EqualTo(1));
    }
}
