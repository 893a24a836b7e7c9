using IncidentBot.Integrations;

namespace IncidentBot.Tests.Integrations;

/// <summary>The marker a Zoom meeting's agenda carries names one incident, and no incident whose id it merely starts with.</summary>
[TestFixture]
public sealed class ZoomMarkerTests
{
    [TestCase("Video bridge of incident INC-1, opened by the incident bot [incidentbot:4]", 4, true)]
    [TestCase("[incidentbot:42] first, then [incidentbot:4]", 4, true)]
    [TestCase("Video bridge of incident INC-1, opened by the incident bot [incidentbot:42]", 4, false)]
    [TestCase("Video bridge of incident INC-1, opened by the incident bot [incidentbot:4", 4, false)]
    [TestCase("Weekly sync", 4, false)]
    [TestCase(null, 4, false)]
    public void Names_MatchesOnlyTheWholeMarkerOfThatIncident(string? agenda, long incidentId, bool names) =>
        Assert.That(ZoomMarker.Names(agenda, incidentId), Is.EqualTo(names));

    [Test]
    public void For_RoundTripsThroughNames() =>
        Assert.That(ZoomMarker.Names("agenda " + ZoomMarker.For(1234567), 1234567), Is.True);
}
