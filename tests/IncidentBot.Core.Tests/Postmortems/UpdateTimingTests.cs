using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Postmortems;

public sealed class UpdateTimingTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cadence = TimeSpan.FromMinutes(30);

    private static UpdateTiming Of(int endMinutes, params int[] updateMinutes) =>
        UpdateTiming.Of(Start, Start.AddMinutes(endMinutes), Cadence, updateMinutes.Select(m => Start.AddMinutes(m)));

    [Test]
    public void Of_EveryUpdateWithinCadence_AllOnTime() => Assert.That(Of(80, 25, 50, 75), Is.EqualTo(new UpdateTiming(3, 3)));

    [Test]
    public void Of_OneLateUpdate_CountsTheMissedDeadline() => Assert.That(Of(80, 25, 70), Is.EqualTo(new UpdateTiming(1, 2)));

    [Test]
    public void Of_LongSilenceAfterLastUpdate_CountsEachMissedDeadline() => Assert.That(Of(100, 20), Is.EqualTo(new UpdateTiming(1, 3)));

    [Test]
    public void Of_NoUpdatesAndResolvedBeforeFirstDeadline_NothingDue() => Assert.That(Of(20), Is.EqualTo(UpdateTiming.None));

    [Test]
    public void Of_NoCadence_NothingDue() =>
        Assert.That(UpdateTiming.Of(Start, Start.AddHours(5), null, [Start.AddHours(1)]), Is.EqualTo(UpdateTiming.None));

    private static TimelineEntry Posted(int minutes) =>
        new(0, 1, Start.AddMinutes(minutes), Start.AddMinutes(minutes), TimelineKind.UpdatePosted, "Update", "U1");

    [Test]
    public void WhileOpen_CadenceChangesMidway_EachStretchKeepsItsOwnDeadlines()
    {
        SeverityPeriod[] severities = [new(Start, "SEV2", TimeSpan.FromMinutes(60)), new(Start.AddMinutes(160), "SEV1", TimeSpan.FromMinutes(30))];

        var timing = UpdateTiming.WhileOpen(Start, Start.AddMinutes(230), severities, [Posted(50), Posted(100), Posted(150), Posted(185), Posted(210)]);

        Assert.That(timing, Is.EqualTo(new UpdateTiming(5, 5)));
    }

    [Test]
    public void WhileOpen_UpdateAtTheMomentOfTheChange_CountsOnce()
    {
        SeverityPeriod[] severities = [new(Start, "SEV2", TimeSpan.FromMinutes(60)), new(Start.AddMinutes(50), "SEV1", TimeSpan.FromMinutes(30))];

        var timing = UpdateTiming.WhileOpen(Start, Start.AddMinutes(70), severities, [Posted(50)]);

        Assert.That(timing, Is.EqualTo(new UpdateTiming(1, 1)));
    }

    [Test]
    public void WhileOpen_SeverityWithoutCadenceForAStretch_ExpectsNothingThen()
    {
        SeverityPeriod[] severities = [new(Start, "SEV3", null), new(Start.AddMinutes(300), "SEV1", TimeSpan.FromMinutes(30))];

        var timing = UpdateTiming.WhileOpen(Start, Start.AddMinutes(340), severities, [Posted(320)]);

        Assert.That(timing, Is.EqualTo(new UpdateTiming(1, 1)), "five silent hours at SEV3 miss nothing; SEV1 counts from the raise");
    }
}
