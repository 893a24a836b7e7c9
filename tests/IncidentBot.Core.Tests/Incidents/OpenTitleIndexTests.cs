using Dapper;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Support;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Incidents;

public sealed class OpenTitleIndexTests
{
    private TestDatabase _db = null!;
    private IncidentStore _incidents = null!;

    [SetUp]
    public async Task SetUpAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _incidents = new IncidentStore(_db.Database);
    }

    [TearDown]
    public async Task TearDownAsync() => await _db.DisposeAsync();

    [Test]
    public async Task MostSimilar_NearIdenticalOpenTitle_FindsIt()
    {
        var sut = new OpenTitleIndex(_incidents);
        await DeclareAsync("Checkout is failing");
        await DeclareAsync("Search latency high");

        Assert.That(await sut.MostSimilarAsync("checkout FAILING"), Is.EqualTo(1));
        Assert.That(await sut.MostSimilarAsync("Payments are down"), Is.Null);
    }

    [Test]
    public async Task MostSimilar_AfterTheIncidentIsResolvedByAnyWriter_NoLongerFindsIt()
    {
        var sut = new OpenTitleIndex(_incidents);
        var id = await DeclareAsync("Checkout is failing");
        Assert.That(await sut.MostSimilarAsync("Checkout failing"), Is.EqualTo(1), "indexed while open");

        await SetStatusAsync(id, "Resolved");

        Assert.That(await sut.MostSimilarAsync("Checkout failing"), Is.Null);
    }

    [Test]
    public async Task MostSimilar_AfterAResolvedIncidentIsReopened_FindsItAgain()
    {
        var sut = new OpenTitleIndex(_incidents);
        var id = await DeclareAsync("Checkout is failing");
        await SetStatusAsync(id, "Resolved");
        Assert.That(await sut.MostSimilarAsync("Checkout failing"), Is.Null, "resolved");

        await SetStatusAsync(id, "Investigating");

        Assert.That(await sut.MostSimilarAsync("Checkout failing"), Is.EqualTo(1));
    }

    [Test]
    public async Task MostSimilar_StartedAfterIncidentsExist_LoadsThemAll()
    {
        await DeclareAsync("Checkout is failing");
        await DeclareAsync("Search latency high");

        var sut = new OpenTitleIndex(_incidents);

        Assert.That(await sut.MostSimilarAsync("search latency is high"), Is.EqualTo(2));
    }

    [Test]
    public async Task MostSimilar_RandomTitlesDeclaredResolvedAndRenamed_AgreesWithComparingEveryOpenTitle()
    {
        string[] vocabulary = ["checkout", "is", "failing", "payments", "api", "slow", "errors", "search", "down", "eu", "us", "db"];
        var random = new Random(8);
        string Title() => string.Join(' ', Enumerable.Range(0, random.Next(1, 6)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        var sut = new OpenTitleIndex(_incidents);
        var ids = new List<long>();
        for (var step = 0; step < 300; step++)
        {
            switch (random.Next(4))
            {
                case 0 when ids.Count > 0:
                    await SetStatusAsync(ids[random.Next(ids.Count)], random.Next(2) == 0 ? "Resolved" : "Monitoring");
                    break;
                case 1 when ids.Count > 0:
                    await RenameAsync(ids[random.Next(ids.Count)], Title());
                    break;
                default:
                    ids.Add(await DeclareAsync(Title()));
                    break;
            }

            var probe = Title();
            var open = await _db.Database.ReadAsync(async c => (await c.QueryAsync<(long Number, string Words)>(
                "SELECT number, title_words FROM incidents WHERE status <> 'Resolved'")).Select(r => new OpenTitle((int)r.Number, r.Words)).ToList());
            Assert.That(await sut.MostSimilarAsync(probe), Is.EqualTo(TitleSimilarity.MostSimilar(probe, open)), $"step {step}: \"{probe}\"");
        }
    }

    [TestCase(1, 1)]
    [TestCase(2, 2)]
    [TestCase(3, 2)]
    [TestCase(5, 3)]
    [TestCase(7, 5)]
    public void MinimumCommonWords_IsTheFewestThatCanReachTheThreshold(int count, int minimum)
    {
        Assert.That(TitleSimilarity.MinimumCommonWords(count), Is.EqualTo(minimum));
        var title = Enumerable.Range(0, count).Select(i => $"w{i}").ToHashSet();
        var sharingMinimum = title.Take(minimum).ToHashSet();
        var sharingOneFewer = title.Take(minimum - 1).ToHashSet();
        Assert.That(TitleSimilarity.Score(title, sharingMinimum), Is.GreaterThanOrEqualTo(0.6));
        Assert.That(TitleSimilarity.Score(title, sharingOneFewer), Is.LessThan(0.6));
    }

    private async Task<long> DeclareAsync(string title) =>
        (await _db.Database.InTransactionAsync(tx => _incidents.InsertAsync(tx, new NewIncident(
            title, "sev2", false, "U1", 0, null, null, Guid.NewGuid().ToString("N"), null)))).Id;

    private Task<int> SetStatusAsync(long id, string status) =>
        _db.Database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync(
            "UPDATE incidents SET status = @status WHERE id = @id", new { status, id }, tx));

    private Task<int> RenameAsync(long id, string title) =>
        _db.Database.InTransactionAsync(tx => _incidents.SetTitleAsync(tx, id, title));
}
