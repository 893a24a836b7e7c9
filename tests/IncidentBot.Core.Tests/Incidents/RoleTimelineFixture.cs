using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>
/// Real Core services for role and timeline tests, on a migrated SQLite file and a fake clock, writing the timeline in
/// the workspace's <see cref="Words"/> (English unless a test asks for another language).
/// </summary>
internal sealed class RoleTimelineFixture : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"incidentbot-core-{Guid.NewGuid():N}.db");

    private RoleTimelineFixture(IReadOnlyList<string> admins, Words words)
    {
        Words = words;
        Database = new SqliteDatabase(_path);
        Incidents = new IncidentStore(Database);
        Timeline = new TimelineStore(Database);
        Outbox = new OutboxStore(Database);
        Changes = TestChanges.On(Database, Signal, Time);
        var options = new IncidentBotOptions();
        Ladder = SeverityLadder.From(options);
        Roles = new RoleService(Changes, RoleCatalog.From(options), new PermissionPolicy(admins), words);
        Notes = new TimelineService(Changes, Timeline);
        Declarations = new IncidentService(Changes, Incidents, new OpenTitleIndex(Incidents), RoleCatalog.From(options), words);
    }

    public Words Words { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    public CountingSignal Signal { get; } = new();

    public SqliteDatabase Database { get; }

    public IncidentStore Incidents { get; }

    public TimelineStore Timeline { get; }

    public OutboxStore Outbox { get; }

    /// <summary>The unit of work every service here changes state through.</summary>
    public Changes Changes { get; }

    public SeverityLadder Ladder { get; }

    public RoleService Roles { get; }

    public TimelineService Notes { get; }

    public IncidentService Declarations { get; }

    public static Task<RoleTimelineFixture> StartAsync(params string[] admins) => StartAsync(Words.English, admins);

    public static async Task<RoleTimelineFixture> StartAsync(Words words, params string[] admins)
    {
        var fixture = new RoleTimelineFixture(admins, words);
        await new Migrator(fixture.Database).MigrateAsync();
        return fixture;
    }

    public async Task<Incident> DeclareAsync(string declaredBy = "U1", bool declarerIsCommander = true)
    {
        var request = new DeclareRequest(Guid.NewGuid().ToString("N"), "Checkout is failing", Ladder.Get("sev1"), declaredBy, false, declarerIsCommander);
        return (await Declarations.DeclareAsync(request)).Incident;
    }

    public void Dispose()
    {
        Database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}
