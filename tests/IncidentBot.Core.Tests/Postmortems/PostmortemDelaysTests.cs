using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Texts;
using NUnit.Framework;
using static IncidentBot.Core.Tests.Postmortems.PostmortemSectionsTests;

namespace IncidentBot.Core.Tests.Postmortems;

/// <summary>
/// "Why detection or escalation was delayed", present only when a measured fact says so, and the time to the first
/// update among what went well or could improve.
/// </summary>
public sealed class PostmortemDelaysTests
{
    private const string Heading = "## Why detection or escalation was delayed";

    [Test]
    public void Delays_EverythingOnTime_HasNoSection()
    {
        var markdown = PostmortemCompiler.Compile(Words.English, SampleIncident.Input(Updates(20, 45, 70)));

        Assert.That(markdown, Does.Not.Contain(Heading));
        Assert.That(Section(markdown, "## What went well"), Does.Contain("- First status update 20 min after declaring (expected within 30 min).\n"));
    }

    [Test]
    public void Delays_SlowCommander_SaysHowSlowAndAsksWhy()
    {
        var markdown = PostmortemCompiler.Compile(Words.English,
            SampleIncident.Input(Updates(20, 45, 70), commanderAt: SampleIncident.Declared.AddMinutes(12)));

        Assert.That(Section(markdown, Heading), Is.EqualTo(
            "- The Incident Commander was assigned 12 min after declaring (expected within 5 min).\n" +
            "- Why detection was delayed: _monitoring gap, alert threshold, no alert at all?_\n" +
            "- Why escalation was delayed: _process gap, unclear ownership, communication?_"));
    }

    [Test]
    public void Delays_NoCommander_SaysNoneWasAssigned()
    {
        var input = SampleIncident.Input(Updates(20, 45, 70)) with { CommanderAssignedAt = null };

        Assert.That(Section(PostmortemCompiler.Compile(Words.English, input), Heading), Does.StartWith("- No Incident Commander was assigned.\n"));
    }

    [Test]
    public void Delays_LateFirstUpdateAndMissedDeadlines_AreListed()
    {
        var markdown = PostmortemCompiler.Compile(Words.English, SampleIncident.Input(Updates(40, 70)));

        Assert.That(Section(markdown, Heading), Does.StartWith(
            "- The first status update came 40 min after declaring; SEV1 expects one within 30 min.\n" +
            "- 1 of 2 update deadlines passed without an update.\n"));
        Assert.That(Section(markdown, "## What could be improved"), Does.Contain("- First status update 40 min after declaring (expected within 30 min).\n"));
        Assert.That(Section(markdown, "## What went well"), Does.Not.Contain("First status update"));
    }

    [Test]
    public void Delays_NoUpdateAtAll_SaysNoneWasPosted()
    {
        var markdown = PostmortemCompiler.Compile(Words.English, SampleIncident.Input(Updates()));

        Assert.That(Section(markdown, Heading), Does.StartWith(
            "- No status update was posted; SEV1 expects the first within 30 min.\n- 2 of 2 update deadlines passed without an update.\n"));
        Assert.That(Section(markdown, "## What could be improved"), Does.Contain("- No status update was posted (the first was expected within 30 min).\n"));
    }

    [Test]
    public void Delays_Russian_AreInRussian()
    {
        var markdown = PostmortemCompiler.Compile(Words.Russian, SampleIncident.Input(Updates(40, 70)));

        Assert.That(Section(markdown, "## Почему обнаружение или эскалация запоздали"), Does.StartWith(
            "- Первое обновление статуса вышло через 40 мин после объявления; для SEV1 ожидается в пределах 30 мин.\n" +
            "- 1 из 2 сроков обновления прошёл без обновления.\n"));
    }

    [Test]
    public void ResponseTiming_SeverityWithoutCadence_ExpectsNoFirstUpdate()
    {
        var input = SampleIncident.Input(Updates());
        input = input with { Severity = input.Severity with { UpdateCadence = null }, Ladder = null };

        var timing = ResponseTiming.Of(input);

        Assert.That(timing.FirstUpdateExpected, Is.Null);
        Assert.That(timing.NoFirstUpdate || timing.FirstUpdateLate, Is.False);
    }

    /// <summary>Declared at 0, IC at 0, resolved at 72 min, with a status update at each minute given.</summary>
    private static List<TimelineEntry> Updates(params int[] minutes)
    {
        var timeline = new List<TimelineEntry> { SampleIncident.Entry(0, TimelineKind.Declared, "Declared SEV1: Checkout is failing") };
        timeline.AddRange(minutes.Select((m, i) => SampleIncident.Entry(m, TimelineKind.UpdatePosted, $"Update #{i + 1}", "U2")));
        timeline.Add(SampleIncident.Entry(72, TimelineKind.Resolved, "Resolved"));
        return timeline;
    }
}
