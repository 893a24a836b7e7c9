using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;

namespace IncidentBot.Core.Tests.Postmortems;

/// <summary>A hand-built, resolved SEV1 incident and the post-mortem input around it.</summary>
internal static class SampleIncident
{
    public static readonly DateTimeOffset Declared = new(2026, 11, 22, 14, 0, 0, TimeSpan.Zero);
    public static readonly SeverityLadder Ladder = SeverityLadder.From(new IncidentBotOptions());
    public static readonly RoleCatalog Roles = RoleCatalog.From(new IncidentBotOptions());

    public static Incident Resolved(TimeSpan after) => new()
    {
        Id = 7, Number = 42, Title = "Checkout is failing", SeverityKey = "sev1", Status = IncidentStatus.Resolved,
        Stage = IncidentStage.PostmortemDraft, IsPrivate = false, DeclaredBy = "U1", DeclaredAt = Declared,
        Summary = "Card payments fail at checkout", Impact = "About 30% of checkouts failed",
        ResolvedAt = Declared + after, MitigatedAt = Declared + TimeSpan.FromMinutes(50),
        Roles = new Dictionary<string, string> { ["ic"] = "U1", ["lead"] = "U2" },
    };

    public static TimelineEntry Entry(int minutes, TimelineKind kind, string text, string? user = "U1") =>
        new(0, 7, Declared.AddMinutes(minutes), Declared.AddMinutes(minutes), kind, text, user);

    public static PostmortemInput Input(
        IReadOnlyList<TimelineEntry>? timeline = null, IReadOnlyList<ActionItem>? actions = null, string? rootCause = "A bad config push",
        string zone = "Europe/Berlin", Incident? incident = null, DateTimeOffset? commanderAt = null)
    {
        incident ??= Resolved(TimeSpan.FromMinutes(72));
        timeline ??=
        [
            Entry(0, TimelineKind.Declared, "Declared SEV1: Checkout is failing"),
            Entry(0, TimelineKind.RoleAssigned, "<@U1> took Incident Commander"),
            Entry(10, TimelineKind.Note, "Rolled back | config v2 to v1\nsecond line", "U2"),
            Entry(20, TimelineKind.UpdatePosted, "Update #1: rollback in progress", "U2"),
            Entry(72, TimelineKind.Resolved, "Resolved after 1 h 12 min: rolled back"),
        ];
        actions ??=
        [
            new ActionItem(1, 7, 1, "Add a canary for config pushes", "U2", new DateOnly(2026, 12, 1), "p1", ActionItemState.Open, "U1", Declared),
            new ActionItem(2, 7, 2, "Write the runbook", null, null, "p3", ActionItemState.Done, "U1", Declared),
        ];
        var resolution = new Resolution(7, 1, "Rolled back the config", rootCause, true, true, "U1", incident.ResolvedAt ?? Declared);
        return new PostmortemInput(incident, Ladder.Get(incident.SeverityKey), Roles.All, timeline, actions,
            [new LinkedIncident(40, "Payments slow", false), new LinkedIncident(41, "Secret thing", true)], resolution, ["U1", "U2", "U3"],
            commanderAt ?? Declared, TimeZoneInfo.FindSystemTimeZoneById(zone), Declared.AddHours(2), Ladder: Ladder);
    }
}
