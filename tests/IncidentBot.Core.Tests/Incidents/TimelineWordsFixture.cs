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
        var (changes, words) = (core.Changes, core.Words);
        var options = new IncidentBotOptions();
        var permissions = new PermissionPolicy([]);
        var ladder = new SeverityLadder(
            core.Ladder.All.Select(s => s.Key == "sev2" ? s with { EscalateAfterMissed = sev2EscalatesAfter, EscalationTarget = EscalationTarget } : s),
            core.Ladder.Default.Key);
        var timer = new CadenceTimer(changes, ladder);
        Updates = new UpdateService(changes, ladder, words);
        Severities = new SeverityService(changes, permissions, words);
        Resolutions = new ResolutionService(changes, permissions, words);
        Reminders = new ReminderService(timer, words);
        RoleReminders = new RoleReminderService(timer, options, RoleCatalog.From(options), words);
        Soak = new SoakService(timer, words);
        Assessments = new AssessmentReminderService(timer, words);
        Snooze = new SnoozeService(changes, ladder, words);
        Actions = new ActionItemService(changes, words);
        Links = new IncidentLinkService(changes, words);
    }

    public RoleTimelineFixture Core { get; }

    public UpdateService Updates { get; }

    public SeverityService Severities { get; }

    public ResolutionService Resolutions { get; }

    public ReminderService Reminders { get; }

    public RoleReminderService RoleReminders { get; }

    public SoakService Soak { get; }

    public SnoozeService Snooze { get; }

    public AssessmentReminderService Assessments { get; }

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
