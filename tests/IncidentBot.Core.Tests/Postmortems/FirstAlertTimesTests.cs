using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Postmortems;

/// <summary>
/// An incident an alert detected: the key times say when the first alert fired, and the measures give time to detect
/// (started → first alert, when something was recorded before it) and time to declare (first alert → declared).
/// </summary>
public sealed class FirstAlertTimesTests
{
    private static PostmortemInput WithEntries(params TimelineEntry[] before) => SampleIncident.Input(
        incident: SampleIncident.Resolved(TimeSpan.FromMinutes(72)) with { DetectedVia = "alert" },
        timeline:
        [
            .. before,
            SampleIncident.Entry(0, TimelineKind.Declared, "Declared SEV1: Checkout is failing"),
            SampleIncident.Entry(72, TimelineKind.Resolved, "Resolved"),
        ]);

    [Test]
    public void Compile_AlertFiredBeforeTheDeclaration_FillsTheDetectedRowAndMeasuresTimeToDeclare()
    {
        var input = WithEntries(
            SampleIncident.Entry(-7, TimelineKind.AlertFired, "Alert fired: Checkout error rate above 5% (alertmanager)", null),
            SampleIncident.Entry(-3, TimelineKind.AlertFired, "Alert fired: Checkout latency (alertmanager)", null));

        var markdown = PostmortemCompiler.Compile(Words.English, input);

        Assert.That(markdown, Does.Contain("| Detected: first alert fired | 2026-11-22 13:53 | 2026-11-22 14:53 |"));
        Assert.That(markdown, Does.Not.Contain("| Detected (Monitoring alert) | _fill in_"));
        Assert.That(markdown, Does.Contain("| Time to declare (first alert fired → declared) | 7 min |"));
        Assert.That(markdown, Does.Contain("| Time to detect (started → first alert fired) | _fill in_ |"),
            "the alert is the first thing known: how long the problem went unnoticed is the team's to say");
        Assert.That(markdown, Does.Contain("| 2026-11-22 13:53 | 2026-11-22 14:53 | Alert fired: Checkout error rate above 5% (alertmanager) |"),
            "the timeline shows it too");
    }

    [Test]
    public void Compile_SomethingRecordedBeforeTheAlert_MeasuresTimeToDetectFromIt()
    {
        var input = WithEntries(
            SampleIncident.Entry(-30, TimelineKind.Note, "Config v2 pushed", "U2"),
            SampleIncident.Entry(-12, TimelineKind.AlertFired, "Alert fired: Checkout error rate above 5% (alertmanager)", null));

        var markdown = PostmortemCompiler.Compile(Words.English, input);

        Assert.That(markdown, Does.Contain("| Time to detect (started → first alert fired) | 18 min |"));
        Assert.That(markdown, Does.Contain("| Time to declare (first alert fired → declared) | 12 min |"));
    }

    [Test]
    public void Compile_AlertOnlyLinkedAfterTheDeclaration_KeepsThePlainRowAndNoAlertMeasures()
    {
        var input = WithEntries(SampleIncident.Entry(5, TimelineKind.AlertFired, "Alert fired: late (generic)", null));

        var markdown = PostmortemCompiler.Compile(Words.English, input);

        Assert.That(markdown, Does.Contain("| Detected (Monitoring alert) | _fill in_ | _fill in_ |"));
        Assert.That(markdown, Does.Not.Contain("Time to declare"));
    }

    [Test]
    public void Compile_InRussian_NamesTheRowsInRussian()
    {
        var input = WithEntries(SampleIncident.Entry(-7, TimelineKind.AlertFired, "Сработал алерт", null));

        var markdown = PostmortemCompiler.Compile(Words.Russian, input);

        Assert.That(markdown, Does.Contain("| Обнаружен: сработал первый алерт | 2026-11-22 13:53 |"));
        Assert.That(markdown, Does.Contain("| Время до объявления (первый алерт → объявлен) | 7 мин |"));
    }
}
