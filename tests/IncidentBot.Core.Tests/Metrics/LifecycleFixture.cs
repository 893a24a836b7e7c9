using IncidentBot.Core.Breaches;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Incidents;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Tests.Metrics;

/// <summary>
/// The real Core services an incident's life goes through (updates, severity changes, resolution, post-mortem) and the
/// metrics that read it back, on a migrated SQLite file and the fixture's fake clock.
/// </summary>
internal sealed class LifecycleFixture : IDisposable
{
    private LifecycleFixture(RoleTimelineFixture core)
    {
        Core = core;
        var options = new IncidentBotOptions();
        var permissions = new PermissionPolicy([]);
        var db = core.Database;
        Updates = new UpdateService(core.Changes, core.Ladder, core.Words);
        Severities = new SeverityService(core.Changes, permissions, core.Words);
        Resolutions = new ResolutionService(core.Changes, permissions, core.Words);
        Postmortems = new PostmortemService(core.Changes, db, core.Incidents, new PostmortemStore(db), core.Timeline, new UpdateStore(db),
            core.Ladder, RoleCatalog.From(options), permissions, options, core.Time, core.Words,
            new BreachService(core.Changes, new BreachStore(db), options, core.Words), new PageStore(db));
        Metrics = new MetricsService(new MetricsStore(core.Database), core.Ladder, RoleCatalog.From(options), core.Words, core.Time);
    }

    public RoleTimelineFixture Core { get; }

    public UpdateService Updates { get; }

    public SeverityService Severities { get; }

    public ResolutionService Resolutions { get; }

    public PostmortemService Postmortems { get; }

    public MetricsService Metrics { get; }

    public static Task<LifecycleFixture> StartAsync() => StartAsync(Words.English);

    /// <summary>The fixture writing its timeline in <paramref name="words"/>.</summary>
    public static async Task<LifecycleFixture> StartAsync(Words words) => new(await RoleTimelineFixture.StartAsync(words));

    /// <summary>Moves the clock to <paramref name="minutes"/> after the fixture's start.</summary>
    public void At(int minutes) => Core.Time.SetUtcNow(Start + TimeSpan.FromMinutes(minutes));

    public DateTimeOffset Start { get; } = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public async Task<Incident> DeclareAsync(string severity)
    {
        At(0);
        var request = new DeclareRequest($"declare-{severity}", "Checkout is failing", Core.Ladder.Get(severity), "U1", false, DeclarerIsCommander: true);
        return (await Core.Declarations.DeclareAsync(request)).Incident;
    }

    public Task UpdateAsync(Incident incident, int minutes)
    {
        At(minutes);
        return Updates.PostAsync(new UpdateRequest(incident.Id, $"update-{minutes}", "U1", null, $"Still working at {minutes} min"));
    }

    public Task ResolveAsync(Incident incident, int minutes, bool startPostmortem)
    {
        At(minutes);
        return Resolutions.ResolveAsync(new ResolveRequest(incident.Id, "U1", "Rolled back", null, true, startPostmortem, $"resolve-{minutes}"));
    }

    public void Dispose() => Core.Dispose();
}
