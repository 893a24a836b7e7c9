using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using IncidentBot.Core.Texts;
using IncidentBot.Testing;
using Microsoft.Extensions.Time.Testing;
using Moq;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Incidents;

public sealed class IncidentServiceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero));
    private Mock<IWorkSignal> _signal = null!;
    private TestDatabase _db = null!;

    [SetUp]
    public async Task SetUpAsync()
    {
        _signal = new Mock<IWorkSignal>();
        _db = await TestDatabase.CreateAsync();
    }

    [TearDown]
    public async Task TearDownAsync() => await _db.DisposeAsync();

    private IncidentService CreateSut()
    {
        var incidents = new IncidentStore(_db.Database);
        return new(TestChanges.On(_db.Database, _signal.Object, _time), incidents, new OpenTitleIndex(incidents), TestLadder.Roles, Words.English);
    }

    private static DeclareRequest Request(string key, string title = "Checkout is failing", bool commander = true) =>
        new(key, title, TestLadder.Severities.Get("sev1"), "U1", IsPrivate: false, DeclarerIsCommander: commander);

    [Test]
    public async Task Declare_New_RecordsIncidentTimelineAndProvisioningWork()
    {
        var result = await CreateSut().DeclareAsync(Request("k1"));

        Assert.That(result.Created, Is.True);
        Assert.That(result.Incident.Reference, Is.EqualTo("INC-1"));
        Assert.That(result.Incident.DeclaredAt, Is.EqualTo(_time.GetUtcNow()));
        Assert.That(result.Incident.Commander, Is.EqualTo("U1"));
        var timeline = await new TimelineStore(_db.Database).ListAsync(result.Incident.Id);
        Assert.That(timeline.Select(e => e.Kind), Is.EqualTo(new[] { TimelineKind.Declared, TimelineKind.RoleAssigned }));
        Assert.That(await new OutboxStore(_db.Database).CountAsync("pending"), Is.EqualTo(3), "provisioning, the IC's duty DM, the schedule sync");
        _signal.Verify(s => s.Notify(), Times.Once);
    }

    [Test]
    public async Task Declare_OfAPrivateByDefaultSeverity_IsPrivateWhateverWasAsked()
    {
        var request = Request("k1") with { Severity = TestLadder.Severities.Get("sev1") with { PrivateByDefault = true }, IsPrivate = false };

        var result = await CreateSut().DeclareAsync(request);

        Assert.That(result.Incident.IsPrivate, Is.True);
        Assert.That((await new IncidentStore(_db.Database).GetAsync(result.Incident.Id))!.IsPrivate, Is.True);
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Declare_ReturnsTheIncidentExactlyAsStored(bool commander)
    {
        var sut = CreateSut();
        await sut.DeclareAsync(Request("k0", "Checkout is failing"));
        _time.Advance(TimeSpan.FromTicks(1_234_567));
        var request = Request("k1", "Checkout failing", commander) with { IsPrivate = true, Summary = "Card payments fail", Impact = "EU shoppers" };

        var result = await sut.DeclareAsync(request);

        var stored = await new IncidentStore(_db.Database).GetAsync(result.Incident.Id);
        Assert.That(JsonSerializer.Serialize(result.Incident), Is.EqualTo(JsonSerializer.Serialize(stored)));
        Assert.That(result.Incident.PossiblyRelatedNumber, Is.EqualTo(1));
    }

    [Test]
    public async Task Declare_PossiblyRelated_NamesTheOtherIncidentsTitleAndChannel()
    {
        var sut = CreateSut();
        var first = await sut.DeclareAsync(Request("k1", "Checkout is failing"));
        await new IncidentStore(_db.Database).SetSlackRefsAsync(first.Incident.Id, new SlackRefs(ChannelId: "C123"));

        var second = await sut.DeclareAsync(Request("k2", "Checkout failing"));

        Assert.That(second.PossiblyRelated, Is.EqualTo(new PossiblyRelatedIncident(1, "Checkout is failing", "C123", IsPrivate: false)));
        Assert.That(second.PossiblyRelated!.Reference, Is.EqualTo("INC-1"));
    }

    [Test]
    public async Task Declare_SameIdempotencyKeyTwice_DeclaresOnce()
    {
        var sut = CreateSut();

        var first = await sut.DeclareAsync(Request("same"));
        var second = await sut.DeclareAsync(Request("same"));

        Assert.That(second.Created, Is.False);
        Assert.That(second.Incident.Id, Is.EqualTo(first.Incident.Id));
        Assert.That(await new IncidentStore(_db.Database).ListOpenAsync(), Has.Count.EqualTo(1));
        _signal.Verify(s => s.Notify(), Times.Once);
    }

    [Test]
    public async Task Declare_WithoutCommander_LeavesTheRoleEmpty()
    {
        var result = await CreateSut().DeclareAsync(Request("k1", commander: false));

        Assert.That(result.Incident.Commander, Is.Null);
    }

    [Test]
    public async Task Declare_NearIdenticalTitleWhileOpen_NamesThePossiblyRelatedIncident()
    {
        var sut = CreateSut();
        await sut.DeclareAsync(Request("k1", "Checkout is failing"));

        var second = await sut.DeclareAsync(Request("k2", "Checkout failing"));

        Assert.That(second.PossiblyRelated?.Number, Is.EqualTo(1));
        Assert.That(second.Incident.PossiblyRelatedNumber, Is.EqualTo(1));
    }

    [Test]
    public async Task Rename_ThenANearIdenticalDeclare_MatchesTheNewTitleNotTheOld()
    {
        var sut = CreateSut();
        var first = await sut.DeclareAsync(Request("k1", "Checkout is failing"));
        await sut.RenameAsync(first.Incident.Id, "Search index corrupted", "U1");

        var oldTitle = await sut.DeclareAsync(Request("k2", "Checkout failing"));
        var newTitle = await sut.DeclareAsync(Request("k3", "Search index is corrupted"));

        Assert.That(oldTitle.PossiblyRelated, Is.Null);
        Assert.That(newTitle.PossiblyRelated?.Number, Is.EqualTo(1));
    }

    [Test]
    public async Task Rename_ToTheSameTitle_ChangesNothing()
    {
        var sut = CreateSut();
        var first = await sut.DeclareAsync(Request("k1", "Checkout is failing"));

        Assert.That(await sut.RenameAsync(first.Incident.Id, "Checkout is failing", "U1"), Is.Null);
        Assert.That(await new TimelineStore(_db.Database).ListAsync(first.Incident.Id), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Declare_FortyAtOnce_GivesFortyDistinctNumbers()
    {
        var sut = CreateSut();

        var results = await Task.WhenAll(Enumerable.Range(1, 40).Select(i => Task.Run(() => sut.DeclareAsync(Request($"k{i}", $"Outage {i}")))));

        Assert.That(results.Select(r => r.Incident.Number).Distinct().Count(), Is.EqualTo(40));
        Assert.That(results.Max(r => r.Incident.Number), Is.EqualTo(40), "no gaps");
    }

    [Test]
    public async Task Declare_SameKeyManyTimesAtOnce_DeclaresOnce()
    {
        // On PostgreSQL declares run side by side: the same key arriving twice at once (Slack's retry racing the first
        // delivery, a double submit) inserts once, and every caller gets that incident.
        var sut = CreateSut();

        var results = await Task.WhenAll(Enumerable.Range(1, 10).Select(_ => Task.Run(() => sut.DeclareAsync(Request("same")))));

        Assert.That(results.Select(r => r.Incident.Id).Distinct().Count(), Is.EqualTo(1));
        Assert.That(results.Count(r => r.Created), Is.EqualTo(1));
        Assert.That(await new IncidentStore(_db.Database).ListOpenAsync(), Has.Count.EqualTo(1));
        Assert.That(await new OutboxStore(_db.Database).CountAsync("pending"), Is.EqualTo(3), "one incident's work, queued once");
    }

    [Test]
    public async Task Declare_ManyAtOnceWhileTheIndexReads_TheIndexSeesEveryTitle()
    {
        // The open-titles index reads the changes after the last one it saw: declares committing in another order than
        // they began must not leave one behind the index's mark, never to be read.
        var incidents = new IncidentStore(_db.Database);
        var index = new OpenTitleIndex(incidents);
        var sut = new IncidentService(TestChanges.On(_db.Database, _signal.Object, _time), incidents, index, TestLadder.Roles, Words.English);
        var titles = Enumerable.Range(0, 30).Select(i => $"Vendor {Letters(i)} gateway {Letters(i + 100)} offline").ToList();
        using var reading = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            while (!reading.IsCancellationRequested)
            {
                await index.MostSimilarAsync("Nothing alike at all");
            }
        });

        var declared = await Task.WhenAll(titles.Select((title, i) => Task.Run(() => sut.DeclareAsync(Request($"k{i}", title)))));
        await reading.CancelAsync();
        await reader;

        for (var i = 0; i < titles.Count; i++)
        {
            Assert.That(await index.MostSimilarAsync(titles[i]), Is.EqualTo(declared[i].Incident.Number), titles[i]);
        }
    }

    private static string Letters(int n) => "q" + string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0'))) + "zz";
}
