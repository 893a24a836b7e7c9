using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>
/// The initial assessment on a real database: only an update written as the assessment counts (never a quick one-line
/// update), the reminder fires once while it is outstanding, and the template's fields are stored as written.
/// </summary>
[TestFixture]
public sealed class AssessmentTests
{
    private static readonly UpdateDetails Assessment = new()
    {
        Assessment = true, SinceLast = "- Rolled back v2.34\n• Paged the DB team", RootCause = RootCauseState.Suspected,
        Services = "checkout, payments API", Customers = "EU, about 1,200", RevenueImpact = "about $5K a minute", SlaRisk = "enterprise SLA at 1 h",
        Steps = [new NextStep("Watch the error rate", "U2"), new NextStep("  ", "U3")],
    };

    [Test]
    public async Task QuickUpdate_DoesNotCountAsTheAssessment_SoTheReminderFiresOnce()
    {
        using var f = await TimelineWordsFixture.StartAsync(Words.English);
        var incident = await f.DeclareAsync("sev1");
        await f.Updates.PostAsync(new UpdateRequest(incident.Id, "quick", "U1", null, "Looking into it"));
        f.Later(TimeSpan.FromMinutes(15));

        var first = await f.Assessments.FireAsync(incident.Id);
        var second = await f.Assessments.FireAsync(incident.Id);

        Assert.That(first?.DueAt, Is.EqualTo(incident.DeclaredAt.AddMinutes(15)));
        Assert.That(second, Is.Null, "reminded once");
        Assert.That(await new CadenceStore(f.Core.Database).GetAsync(incident.Id), Has.Property(nameof(CadenceState.AssessedAt)).Null);
        Assert.That((await f.TextsAsync(incident))[^1], Is.EqualTo("Initial assessment reminder: the SEV1 assessment is not posted yet"));
    }

    [Test]
    public async Task AssessmentPosted_IsRecordedWithItsFields_AndNoReminderFires()
    {
        using var f = await TimelineWordsFixture.StartAsync(Words.English);
        var incident = await f.DeclareAsync("sev1");

        var posted = await f.Updates.PostAsync(new UpdateRequest(incident.Id, "form", "U1", IncidentStatus.Identified, "Bad deploy", Hypothesis: "v2.34", Details: Assessment));
        f.Later(TimeSpan.FromMinutes(15));
        var reminder = await f.Assessments.FireAsync(incident.Id);

        Assert.That(reminder, Is.Null);
        var stored = await new UpdateStore(f.Core.Database).GetAsync(incident.Id, 1);
        Assert.That(stored!.Details with { Steps = posted.Update!.Details.Steps }, Is.EqualTo(posted.Update.Details));
        Assert.That(stored.Details.Assessment, Is.True);
        Assert.That(stored.Details.SinceLastBullets(), Is.EqualTo(new[] { "Rolled back v2.34", "Paged the DB team" }));
        Assert.That(stored.Details.Steps, Is.EqualTo(new[] { new NextStep("Watch the error rate", "U2") }), "a blank step is dropped");
        Assert.That((stored.Details.RootCause, stored.Details.Services, stored.Details.RevenueImpact),
            Is.EqualTo(((RootCauseState?)RootCauseState.Suspected, "checkout, payments API", "about $5K a minute")));
        Assert.That((await new CadenceStore(f.Core.Database).GetAsync(incident.Id)).AssessedAt, Is.EqualTo(stored.PostedAt));
        Assert.That(await f.TextsAsync(incident), Does.Contain("Initial assessment, update #1 (Identified): Bad deploy"));
    }

    [Test]
    public async Task SecondAssessmentForm_AfterTheFirst_IsAnOrdinaryUpdate()
    {
        using var f = await TimelineWordsFixture.StartAsync(Words.English);
        var incident = await f.DeclareAsync("sev0");
        await f.Updates.PostAsync(new UpdateRequest(incident.Id, "a", "U1", null, "First", Details: Assessment));

        var second = await f.Updates.PostAsync(new UpdateRequest(incident.Id, "b", "U2", null, "Second", Details: Assessment));

        Assert.That(second.Update!.Details.Assessment, Is.False);
    }

    [Test]
    public async Task AssessmentForm_OnARungThatAsksNone_IsAnOrdinaryUpdateAndNothingIsReminded()
    {
        using var f = await TimelineWordsFixture.StartAsync(Words.English);
        var incident = await f.DeclareAsync("sev2");

        var update = await f.Updates.PostAsync(new UpdateRequest(incident.Id, "a", "U1", null, "Slow search", Details: Assessment));
        f.Later(TimeSpan.FromMinutes(15));

        Assert.That(update.Update!.Details.Assessment, Is.False);
        Assert.That(await f.Assessments.FireAsync(incident.Id), Is.Null);
    }

    [Test]
    public async Task AssessmentReminder_InRussian()
    {
        using var f = await TimelineWordsFixture.StartAsync(Words.Russian);
        var incident = await f.DeclareAsync("sev1", "Не проходит оплата");
        f.Later(TimeSpan.FromMinutes(16));

        await f.Assessments.FireAsync(incident.Id);

        Assert.That((await f.TextsAsync(incident))[^1], Is.EqualTo("Напоминание о первичной оценке: оценка SEV1 ещё не опубликована"));
    }
}
