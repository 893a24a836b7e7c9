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
}
