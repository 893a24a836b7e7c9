using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Postmortems;

/// <summary>The executive summary, impact, resolution, five whys, action items, prevention and lessons sections.</summary>
public sealed class PostmortemSectionsTests
{
    [Test]
    public void ExecutiveSummary_Resolved_IsWhatHappenedImpactAndResolutionInThreeSentences()
    {
        var sentences = PostmortemSummary.Sentences(Words.English, SampleIncident.Input());

        Assert.That(sentences, Is.EqualTo(new[]
        {
            "Checkout is failing (SEV1, Major degradation) began 22 November 2026, 14:00 UTC and was resolved after 1 h 12 min.",
            "Impact: About 30% of checkouts failed.",
            "Resolution: Rolled back the config; root cause: A bad config push.",
        }));
    }

    [Test]
    public void ExecutiveSummary_StillOpenWithImpactFromTheLatestUpdate_SaysSoInTwoSentences()
    {
        var open = SampleIncident.Resolved(TimeSpan.FromMinutes(72)) with { ResolvedAt = null, Status = IncidentStatus.Mitigating };
        var input = SampleIncident.Input(incident: open) with { Resolution = null, StatusUpdates = [Update(1, "EU shoppers cannot pay.")] };

        var sentences = PostmortemSummary.Sentences(Words.English, input);

        Assert.That(sentences, Is.EqualTo(new[]
        {
            "Checkout is failing (SEV1, Major degradation) began 22 November 2026, 14:00 UTC and is still open after 2 h.",
            "Impact: EU shoppers cannot pay.",
        }));
    }

    [Test]
    public void ExecutiveSummary_NoImpactRecorded_SaysSo()
    {
        var incident = SampleIncident.Resolved(TimeSpan.FromMinutes(72)) with { Impact = null };

        var sentences = PostmortemSummary.Sentences(Words.Russian, SampleIncident.Input(incident: incident, rootCause: null));

        Assert.That(sentences[1], Is.EqualTo("Влияние: _не указано_"));
        Assert.That(sentences[2], Is.EqualTo("Решение: Rolled back the config."));
    }

    [Test]
    public void Impact_ListsUsersServicesRevenueSlaAndDowntime()
    {
        var markdown = PostmortemCompiler.Compile(Words.English, SampleIncident.Input());

        Assert.That(Section(markdown, "## Impact"), Is.EqualTo(
            "- Customer impact: About 30% of checkouts failed\n" +
            "- Services affected: _fill in: which services and features?_\n" +
            "- Revenue impact: _fill in: lost sales, credits issued, or N/A_\n" +
            "- SLA breaches: _fill in: customers, credits, or none_\n" +
            "- Impact confirmed at resolution: yes\n" +
            "- Downtime: 50 min from the start to mitigation (1 h 12 min until resolved)\n" +
            "- _Users or requests affected, SLOs breached, revenue or support notes._"));
    }

    [Test]
    public void Impact_AssessedInUpdates_ShowsTheLatestAnswersInsteadOfPrompts()
    {
        var assessed = Update(1, "About 30% of checkouts failed") with
        {
            Details = new UpdateDetails { Services = "checkout, payments", Customers = "EU, about 4,000", RevenueImpact = "unknown", SlaRisk = "high", Assessment = true },
        };
        var later = Update(2, "About 30% of checkouts failed") with { Details = new UpdateDetails { Services = "checkout" } };
        var input = SampleIncident.Input() with { StatusUpdates = [assessed, later] };

        var english = Section(PostmortemCompiler.Compile(Words.English, input), "## Impact");
        var russian = PostmortemCompiler.Compile(Words.Russian, input);

        Assert.That(english, Does.Contain("  - Customers affected (update #1): EU, about 4,000\n" +
            "- Services affected (update #2): checkout\n" +
            "- Revenue impact, as estimated in update #1: unknown; _confirm: lost sales, credits issued_\n" +
            "- SLA-breach risk, as assessed in update #1: high; _confirm the breaches: customers, credits, or none_\n"));
        Assert.That(english, Does.Not.Contain("_fill in: which services"));
        Assert.That(russian, Does.Contain("Затронутые сервисы (обновление №2): checkout"));
    }

    [Test]
    public void Impact_MitigatedByTheResolution_OrNeitherYet_SaysTheDowntimeItKnows()
    {
        var resolved = SampleIncident.Resolved(TimeSpan.FromMinutes(72)) with { MitigatedAt = null };
        var open = resolved with { ResolvedAt = null, Status = IncidentStatus.Investigating };

        Assert.That(PostmortemCompiler.Compile(Words.English, SampleIncident.Input(incident: resolved)),
            Does.Contain("- Downtime: 1 h 12 min from the start to resolution\n"));
        Assert.That(PostmortemCompiler.Compile(Words.Russian, SampleIncident.Input(incident: open)),
            Does.Contain("- Простой: пока 2 ч, влияние ещё не смягчено\n"));
    }

    [Test]
    public void Resolution_IsTheResolveFormsSummary_OrAPromptWithoutOne()
    {
        var input = SampleIncident.Input();

        Assert.That(Section(PostmortemCompiler.Compile(Words.English, input), "## Resolution"), Is.EqualTo("Rolled back the config"));
        Assert.That(Section(PostmortemCompiler.Compile(Words.English, input with { Resolution = null }), "## Resolution"),
            Does.StartWith("_Not recorded at resolution."));
    }

    [Test]
    public void FiveWhys_AsksFiveWhysAndTheSystemicRootCause()
    {
        var section = Section(PostmortemCompiler.Compile(Words.English, SampleIncident.Input()), "## Five whys");

        Assert.That(section.Split('\n').Count(l => l.Contains("Why", StringComparison.Ordinal)), Is.EqualTo(5));
        Assert.That(section, Does.EndWith("**Systemic root cause**: _…_"));
    }

    [Test]
    public void ActionItems_P0AndOverdue_ShowPriorityAndOverdueStatus()
    {
        var declared = SampleIncident.Declared;
        ActionItem[] actions =
        [
            new(1, 7, 1, "Page on checkout errors", "U2", new DateOnly(2026, 11, 21), "p0", ActionItemState.Open, "U1", declared),
            new(2, 7, 2, "Load-test the pool", null, null, "p2", ActionItemState.Open, "U1", declared.AddDays(-8)),
            new(3, 7, 3, "Write the runbook", null, null, "p3", ActionItemState.Open, "U1", declared),
        ];

        var markdown = PostmortemCompiler.Compile(Words.English, SampleIncident.Input(actions: actions));

        Assert.That(markdown, Does.Contain("| 1 | Page on checkout errors | @U2 | 2026-11-21 | P0 | overdue |"), "past its own due date");
        Assert.That(markdown, Does.Contain("| 2 | Load-test the pool | _unowned_ | — | P2 | overdue |"), "not done within 5 business days");
        Assert.That(markdown, Does.Contain("| 3 | Write the runbook | _unowned_ | — | P3 | open |"));
    }

    [Test]
    public void Prevention_NamesTheMostUrgentActionItemsThenThePracticesThreeQuestions()
    {
        var actions = Enumerable.Range(1, 7).Select(i => new ActionItem(i, 7, i, $"Item {i}", null, null, i == 6 ? "p0" : "p2",
            ActionItemState.Open, "U1", SampleIncident.Declared)).ToList();

        var section = Section(PostmortemCompiler.Compile(Words.English, SampleIncident.Input(actions: actions)), "## Prevention");

        Assert.That(section, Is.EqualTo(
            "- Action items that carry it: #6 Item 6 (P0), #1 Item 1 (P2), #2 Item 2 (P2), #3 Item 3 (P2), #4 Item 4 (P2)\n" +
            "- How to prevent this from happening again: _…_\n" +
            "- How to detect it faster if it does happen: _…_\n" +
            "- How to respond more effectively: _…_"));
        Assert.That(Section(PostmortemCompiler.Compile(Words.Russian, SampleIncident.Input(actions: [])), "## Предотвращение"),
            Does.StartWith("- Как не допустить повторения: _…_"));
    }

    [Test]
    public void LessonsLearned_AskTheTeam()
    {
        Assert.That(Section(PostmortemCompiler.Compile(Words.English, SampleIncident.Input()), "## Lessons learned"),
            Is.EqualTo("_What do we take from this for the future: systems, processes, runbooks?_"));
        Assert.That(Section(PostmortemCompiler.Compile(Words.Russian, SampleIncident.Input()), "## Выводы"), Is.Not.Empty);
    }

    /// <summary>The lines between a heading and the next, trimmed.</summary>
    internal static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), heading);
        var body = markdown[(start + heading.Length + 2)..];
        var end = body.IndexOf("\n## ", StringComparison.Ordinal);
        return (end < 0 ? body : body[..end]).Trim();
    }

    private static StatusUpdate Update(int number, string impact) => new()
    {
        IncidentId = 7, Number = number, SeverityKey = "sev1", Status = IncidentStatus.Investigating, PreviousStatus = IncidentStatus.Investigating,
        Summary = "Looking", Impact = impact, PostedBy = "U2", PostedAt = SampleIncident.Declared.AddMinutes(10 * number),
    };
}
