using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Postmortems;

public sealed class PostmortemCompilerTests
{
    private static readonly string[] Outline =
    [
        "# Post-mortem: Checkout is failing (INC-42)", "## Executive summary", "## Impact", "## Key times", "## Timeline", "## Root cause",
        "## Five whys", "## Resolution", "## Why detection or escalation was delayed", "## What went well", "## What could be improved",
        "## Action items", "## Prevention", "## Lessons learned", "## Participants", "## Related incidents",
    ];

    [Test]
    public void Compile_ResolvedIncident_FollowsTheOutlineInOrder()
    {
        var lines = PostmortemCompiler.Compile(Words.English, SampleIncident.Input()).Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        var headings = lines.Where(l => l.StartsWith('#')).ToList();
        Assert.That(headings, Is.EqualTo(Outline));
    }

    [Test]
    public void Compile_WithStatusUpdates_SummaryAndImpactIncludeWhatTheUpdatesSaid()
    {
        var input = SampleIncident.Input() with
        {
            StatusUpdates =
            [
                Update(1, IncidentStatus.Investigating, "Card payments fail for everyone", "EU shoppers cannot pay"),
                Update(2, IncidentStatus.Mitigating, "Rolling back config v2", "EU shoppers cannot pay"),
                Update(3, IncidentStatus.Monitoring, "Rolled back; error rate at baseline", "Recovered; 4% of EU orders lost in 70 min"),
            ],
        };

        var markdown = PostmortemCompiler.Compile(Words.English, input);

        Assert.That(markdown, Does.Contain("Last update (#3, Monitoring): Rolled back; error rate at baseline"));
        Assert.That(markdown, Does.Contain("  - As of update #1: EU shoppers cannot pay\n  - As of update #3: Recovered; 4% of EU orders lost in 70 min\n"));
        Assert.That(markdown, Does.Not.Contain("As of update #2"), "an unchanged impact is not repeated");
        Assert.That(markdown, Does.Not.Contain("_not recorded_"));
    }

    private static StatusUpdate Update(int number, IncidentStatus status, string summary, string? impact) => new()
    {
        IncidentId = 7, Number = number, SeverityKey = "sev1", Status = status, PreviousStatus = IncidentStatus.Investigating,
        Summary = summary, Impact = impact, PostedBy = "U2", PostedAt = SampleIncident.Declared.AddMinutes(10 * number),
    };

    [Test]
    public void UpdatesOnTime_AcrossAReopening_CountOnlyWhileOpen()
    {
        var reopenedAt = TimeSpan.FromHours(72).TotalMinutes;
        var timeline = new[]
        {
            SampleIncident.Entry(0, TimelineKind.Declared, "Declared SEV1: Checkout is failing"),
            SampleIncident.Entry(20, TimelineKind.UpdatePosted, "Update #1: rollback in progress", "U2"),
            SampleIncident.Entry(50, TimelineKind.Resolved, "Resolved after 50 min: rolled back"),
            SampleIncident.Entry((int)reopenedAt, TimelineKind.Reopened, "Reopened"),
            SampleIncident.Entry((int)reopenedAt + 10, TimelineKind.UpdatePosted, "Update #2: errors again", "U2"),
            SampleIncident.Entry((int)reopenedAt + 20, TimelineKind.Resolved, "Resolved again"),
        };
        var input = SampleIncident.Input(timeline: timeline, incident: SampleIncident.Resolved(TimeSpan.FromMinutes(reopenedAt + 20)));

        Assert.That(input.Updates, Is.EqualTo(new UpdateTiming(2, 3)), "the three days spent resolved are not missed updates");
    }

    [Test]
    public void Compile_Header_ShowsStatusSeverityDurationAndCommander()
    {
        var markdown = PostmortemCompiler.Compile(Words.English, SampleIncident.Input());

        Assert.That(markdown, Does.Contain("Status: draft · Severity: SEV1 (Major degradation) · Duration: 1 h 12 min · IC: @U1"));
        Assert.That(markdown, Does.Contain("Technical Lead: @U2").And.Contain("Scribe: _unassigned_"));
    }

    [Test]
    public void Compile_Timeline_IsATableInUtcAndTheConfiguredZoneWithCellsEscaped()
    {
        var markdown = PostmortemCompiler.Compile(Words.English, SampleIncident.Input());

        Assert.That(markdown, Does.Contain("| Time (UTC) | Time (Europe/Berlin) | Event | By |"));
        Assert.That(markdown, Does.Contain("| 2026-11-22 14:10 | 2026-11-22 15:10 | Rolled back \\| config v2 to v1<br>second line | @U2 |"));
        Assert.That(markdown, Does.Contain("| 2026-11-22 14:00 | 2026-11-22 15:00 | @U1 took Incident Commander | @U1 |"));
    }

    [Test]
    public void Compile_KeyTimes_ListsMomentsAndDerivedDurations()
    {
        var markdown = PostmortemCompiler.Compile(Words.English, SampleIncident.Input(commanderAt: SampleIncident.Declared.AddMinutes(3)));

        Assert.That(markdown, Does.Contain("| Declared | 2026-11-22 14:00 | 2026-11-22 15:00 |"));
        Assert.That(markdown, Does.Contain("| IC assigned | 2026-11-22 14:03 |"));
        Assert.That(markdown, Does.Contain("| Mitigated | 2026-11-22 14:50 |"));
        Assert.That(markdown, Does.Contain("| Resolved | 2026-11-22 15:12 |"));
        Assert.That(markdown, Does.Contain("| Time to acknowledge (IC assigned) | 3 min |"));
        Assert.That(markdown, Does.Contain("| Time to mitigate | 50 min |"));
        Assert.That(markdown, Does.Contain("| Time to resolve | 1 h 12 min |"));
    }

    [Test]
    public void Compile_RootCause_SeedsTheFirstWhy()
    {
        var markdown = PostmortemCompiler.Compile(Words.English, SampleIncident.Input());

        Assert.That(markdown, Does.Contain("## Root cause\n\nA bad config push"));
        Assert.That(markdown, Does.Contain("1. Why did \"Checkout is failing\" happen? A bad config push"));
        Assert.That(markdown, Does.Contain("5. Why …?"));
    }

    [Test]
    public void Compile_WithoutRootCause_PromptsForIt()
    {
        var markdown = PostmortemCompiler.Compile(Words.English, SampleIncident.Input(rootCause: null));

        Assert.That(markdown, Does.Contain("_Not recorded at resolution."));
        Assert.That(markdown, Does.Contain("1. Why did \"Checkout is failing\" happen? _…_"));
    }

    [Test]
    public void Compile_ActionItems_TableWithOwnerDuePriorityAndState()
    {
        var markdown = PostmortemCompiler.Compile(Words.English, SampleIncident.Input());

        Assert.That(markdown, Does.Contain("| # | Action | Owner | Due | Priority | State |"));
        Assert.That(markdown, Does.Contain("| 1 | Add a canary for config pushes | @U2 | 2026-12-01 | P1 | open |"));
        Assert.That(markdown, Does.Contain("| 2 | Write the runbook | _unowned_ | — | P3 | done |"));
    }

    [Test]
    public void Compile_WithNames_NamesPeopleEverywhereAndKeepsTheIdOfAnyoneUnnamed()
    {
        var names = new Dictionary<string, string> { ["U1"] = "Alice Able", ["U2"] = "Bob | Baker" };
        var markdown = PostmortemCompiler.Compile(Words.English, SampleIncident.Input() with { UserNames = names });

        Assert.That(markdown, Does.Contain("IC: @Alice Able"));
        Assert.That(markdown, Does.Contain("| @Alice Able took Incident Commander | @Alice Able |"), "a mention in the text and the author");
        Assert.That(markdown, Does.Contain("second line | @Bob \\| Baker |"), "a name in a table cell is escaped like any cell");
        Assert.That(markdown, Does.Contain("| 1 | Add a canary for config pushes | @Bob \\| Baker | 2026-12-01 | P1 | open |"));
        Assert.That(markdown, Does.Contain("## Participants\n\n@Alice Able, @Bob | Baker, @U3"));
    }

    [Test]
    public void People_AreEveryoneTheDraftNames_MentionsIncluded()
    {
        var input = SampleIncident.Input(timeline:
        [
            SampleIncident.Entry(0, TimelineKind.Note, "Paged <@U7> and <@U8|dan>", "U2"),
        ]);

        Assert.That(input.People(), Is.EquivalentTo(new[] { "U1", "U2", "U3", "U7", "U8" }));
    }

    [Test]
    public void People_IncludeThoseMentionedInTheTitleAndActionItems_AsTheDraftShowsThoseTextsToo()
    {
        var input = SampleIncident.Input(actions:
        [
            new ActionItem(1, 7, 1, "Pair with <@U5> on the canary", null, null, "p2", ActionItemState.Open, "U1", SampleIncident.Declared),
        ]) with { Incident = SampleIncident.Resolved(TimeSpan.FromMinutes(72)) with { Title = "Checkout failing, paged <@U6>" } };
        var names = new Dictionary<string, string> { ["U5"] = "Eve Evans", ["U6"] = "Finn Ford" };

        var markdown = PostmortemCompiler.Compile(Words.English, input with { UserNames = names });

        Assert.That(input.People(), Does.Contain("U5").And.Contain("U6"));
        Assert.That(markdown, Does.Contain("| Pair with @Eve Evans on the canary |"));
        Assert.That(markdown, Does.Contain("# Post-mortem: Checkout failing, paged @Finn Ford (INC-"));
    }

    [Test]
    public void Compile_ParticipantsAndRelated_NameEveryoneAndHidePrivateTitles()
    {
        var markdown = PostmortemCompiler.Compile(Words.English, SampleIncident.Input());

        Assert.That(markdown, Does.Contain("## Participants\n\n@U1, @U2, @U3"));
        Assert.That(markdown, Does.Contain("- INC-40: Payments slow").And.Contain("- INC-41 (private)"));
        Assert.That(markdown, Does.Not.Contain("Secret thing"));
    }

    [Test]
    public void Compile_LateUpdatesSlowCommanderAndSeverityChange_AreFactsToImprove()
    {
        var timeline = new[]
        {
            SampleIncident.Entry(0, TimelineKind.Declared, "Declared SEV1"),
            SampleIncident.Entry(5, TimelineKind.SeverityChanged, "SEV2 → SEV1"),
            SampleIncident.Entry(25, TimelineKind.UpdatePosted, "Update #1"),
            SampleIncident.Entry(70, TimelineKind.UpdatePosted, "Update #2"),
        };

        var markdown = PostmortemCompiler.Compile(Words.English, SampleIncident.Input(timeline, commanderAt: SampleIncident.Declared.AddMinutes(12)));

        var improve = markdown[markdown.IndexOf("## What could be improved", StringComparison.Ordinal)..];
        Assert.That(improve, Does.Contain("- Status updates on time: 1 of 2 (SEV2: one every 1 h, then SEV1: one every 30 min)."));
        Assert.That(improve, Does.Contain("- IC assigned 12 min after declaring."));
        Assert.That(improve, Does.Contain("- Severity changed once during the incident."));
    }

    [Test]
    public void Compile_HourlyUpdatesBeforeARaiseToSev1_AreOnTimeForTheSeverityOfTheirMoment()
    {
        var timeline = new[]
        {
            SampleIncident.Entry(0, TimelineKind.Declared, "Declared SEV2"),
            SampleIncident.Entry(50, TimelineKind.UpdatePosted, "Update #1"),
            SampleIncident.Entry(100, TimelineKind.UpdatePosted, "Update #2"),
            SampleIncident.Entry(110, TimelineKind.SeverityChanged, "SEV2 → SEV1: card payments failing"),
            SampleIncident.Entry(130, TimelineKind.UpdatePosted, "Update #3"),
        };

        var input = SampleIncident.Input(timeline, incident: SampleIncident.Resolved(TimeSpan.FromMinutes(150)));
        var markdown = PostmortemCompiler.Compile(Words.English, input);

        Assert.That(input.Updates, Is.EqualTo(new UpdateTiming(3, 3)));
        var well = markdown[markdown.IndexOf("## What went well", StringComparison.Ordinal)..markdown.IndexOf("## What could", StringComparison.Ordinal)];
        Assert.That(well, Does.Contain("- Status updates on time: 3 of 3."));
    }

    [Test]
    public void Compile_OnTimeUpdatesAndPromptCommander_AreFactsThatWentWell()
    {
        var markdown = PostmortemCompiler.Compile(Words.English, SampleIncident.Input(incident: SampleIncident.Resolved(TimeSpan.FromMinutes(25))));

        var well = markdown[markdown.IndexOf("## What went well", StringComparison.Ordinal)..markdown.IndexOf("## What could", StringComparison.Ordinal)];
        Assert.That(well, Does.Contain("- Status updates on time: 1 of 1."));
        Assert.That(well, Does.Contain("- IC assigned 0 s after declaring."));
    }

    [Test]
    public void Compile_TenThousandEntryTimeline_HasEveryRow()
    {
        var timeline = Enumerable.Range(0, 10_000)
            .Select(i => SampleIncident.Entry(i % 70, TimelineKind.Note, $"note {i} by <@U2|bob> | with a pipe", "U2")).ToList();
        var input = SampleIncident.Input(timeline);

        var markdown = PostmortemCompiler.Compile(Words.English, input);

        Assert.That(markdown.Split('\n').Count(l => l.Contains("with a pipe", StringComparison.Ordinal)), Is.EqualTo(10_000));
    }
}
