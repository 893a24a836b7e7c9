using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;

namespace IncidentBot.Benchmarks;

/// <summary>
/// A resolved SEV1 with a timeline of a given length, as the post-mortem compiler gets it from the database: entries of
/// every kind from 12 people, notes with table-breaking characters and line breaks, an update every 20 entries.
/// </summary>
public static class PostmortemSample
{
    private static readonly DateTimeOffset Declared = new(2026, 11, 22, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimelineKind[] Kinds = Enum.GetValues<TimelineKind>();

    public static PostmortemInput Input(int entries)
    {
        var options = new IncidentBotOptions();
        var ladder = SeverityLadder.From(options);
        var end = Declared + TimeSpan.FromSeconds(entries * 10);
        var incident = new Incident
        {
            Id = 7, Number = 42, Title = "Checkout is failing for card payments", SeverityKey = "sev1", Status = IncidentStatus.Resolved,
            Stage = IncidentStage.PostmortemDraft, IsPrivate = false, DeclaredBy = "U1", DeclaredAt = Declared,
            Summary = "Card payments fail at checkout", Impact = "About 30% of checkouts failed", ResolvedAt = end,
            MitigatedAt = end - TimeSpan.FromMinutes(10), Roles = new Dictionary<string, string> { ["ic"] = "U1", ["lead"] = "U2" },
        };
        var actions = Enumerable.Range(1, 25).Select(i => new ActionItem(i, 7, i, $"Follow-up {i}: add a canary | alert for config pushes",
            $"U{i % 12}", new DateOnly(2026, 12, 1).AddDays(i), "p2", i % 3 == 0 ? ActionItemState.Done : ActionItemState.Open, "U1", Declared)).ToList();
        var resolution = new Resolution(7, 1, "Rolled back the config push", "A bad config push disabled the card processor", true, true, "U1", end);
        return new PostmortemInput(incident, ladder.Get("sev1"), RoleCatalog.From(options).All, Timeline(entries), actions,
            [new LinkedIncident(40, "Payments slow", false), new LinkedIncident(41, "Secret thing", true)], resolution,
            Enumerable.Range(1, 12).Select(i => $"U{i}").ToList(), Declared, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), end, Ladder: ladder);
    }

    private static List<TimelineEntry> Timeline(int entries)
    {
        var timeline = new List<TimelineEntry>(entries);
        for (var i = 0; i < entries; i++)
        {
            var at = Declared + TimeSpan.FromSeconds(i * 10);
            var kind = i == 0 ? TimelineKind.Declared : i % 20 == 0 ? TimelineKind.UpdatePosted : Kinds[i % Kinds.Length];
            var text = kind == TimelineKind.UpdatePosted
                ? $"Update #{i / 20}: rolling back config v{i} | canary at 10%"
                : $"Entry {i}: checked the *payments* dashboards | error rate still 30%\nnext: look at `processor-{i % 7}` logs";
            timeline.Add(new TimelineEntry(i + 1, 7, at, at, kind, text, i % 5 == 0 ? null : $"U{i % 12}"));
        }

        return timeline;
    }
}
