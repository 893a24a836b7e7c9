using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>
/// Every Core service that writes timeline entries, in one language, on <see cref="RoleTimelineFixture"/>'s database and
/// clock: for asserting what the timeline says. SEV2 escalates to a user group after as many missed updates as asked;
/// <see cref="Admin"/> is an admin.
/// </summary>
internal sealed class TimelineWordsFixture : IDisposable
{
    public const string EscalationTarget = "S0ONCALL";

    /// <summary>An admin, who may hand over any role.</summary>
    public const string Admin = "U9";

    private TimelineWordsFixture(RoleTimelineFixture core, int sev2EscalatesAfter)
    {
        Core = core;
        var (db, words, signal, time) = (core.Database, core.Words, core.Signal, core.Time);
        var options = new IncidentBotOptions();
        var permissions = new PermissionPolicy([]);
        var ladder = new SeverityLadder(
            core.Ladder.All.Select(s => s.Key == "sev2" ? s with { EscalateAfterMissed = sev2EscalatesAfter, EscalationTarget = EscalationTarget } : s),
            core.Ladder.Default.Key);
        var (updates, cadence, resolutions) = (new UpdateStore(db), new CadenceStore(db), new ResolutionStore(db));
        var timer = new CadenceTimer(db, core.Incidents, cadence, core.Outbox, ladder, signal, time);
        Updates = new UpdateService(db, core.Incidents, updates, cadence, core.Timeline, core.Outbox, ladder, words, signal, time);
        Severities = new SeverityService(db, core.Incidents, updates, core.Timeline, core.Outbox, permissions, words, signal, time);
        Resolutions = new ResolutionService(db, core.Incidents, resolutions, core.Timeline, core.Outbox, permissions, words, signal, time);
        Reminders = new ReminderService(timer, cadence, core.Timeline, core.Outbox, words);
        RoleReminders = new RoleReminderService(timer, cadence, core.Timeline, core.Outbox, options, RoleCatalog.From(options), words);
        Soak = new SoakService(timer, cadence, core.Timeline, core.Outbox, words);
        Snooze = new SnoozeService(db, core.Incidents, cadence, core.Timeline, core.Outbox, ladder, words, signal, time);
        Actions = new ActionItemService(db, new ActionItemStore(db), core.Timeline, core.Outbox, words, signal, time);
        Links = new IncidentLinkService(db, core.Incidents, resolutions, core.Timeline, core.Outbox, words, signal, time);
    }

    public RoleTimelineFixture Core { get; }

    public UpdateService Updates { get; }

    public SeverityService Severities { get; }

    public ResolutionService Resolutions { get; }

    public ReminderService Reminders { get; }

    public RoleReminderService RoleReminders { get; }

    public SoakService Soak { get; }

    public SnoozeService Snooze { get; }

    public ActionItemService Actions { get; }

    public IncidentLinkService Links { get; }

    public static async Task<TimelineWordsFixture> StartAsync(Words words, int sev2EscalatesAfter = 2) =>
        new(await RoleTimelineFixture.StartAsync(words, Admin), sev2EscalatesAfter);

    /// <summary>Declares <paramref name="title"/> at <paramref name="severity"/> with U1 as IC.</summary>
    public async Task<Incident> DeclareAsync(string severity, string title = "Checkout is failing")
    {
        var request = new DeclareRequest(Guid.NewGuid().ToString("N"), title, Core.Ladder.Get(severity), "U1", false, DeclarerIsCommander: true);
        return (await Core.Declarations.DeclareAsync(request)).Incident;
    }

    /// <summary>The texts of the incident's timeline, oldest first.</summary>
    public async Task<IReadOnlyList<string>> TextsAsync(Incident incident) =>
        (await Core.Timeline.ListAsync(incident.Id)).Select(e => e.Text).ToList();

    public void Later(TimeSpan span) => Core.Time.Advance(span);

    public void Dispose() => Core.Dispose();
}
