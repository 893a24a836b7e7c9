using IncidentBot.Core.Configuration;
using IncidentBot.Core.Oncall;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Oncall;

/// <summary>Rotation arithmetic: turns, handoffs across daylight-saving changes, overrides and members removed.</summary>
public sealed class RotationTests
{
    private static Rotation Berlin() => RotationConfig.Build("platform",
        new RotationOptions { Members = "U1, U2, U3", Handoff = "2026-03-02T09:00:00+01:00", TimeZone = "Europe/Berlin" }, "UTC");

    private static Rotation Utc() => RotationConfig.Build("platform", new RotationOptions { Members = "U1,U2,U3", Handoff = "2026-01-05T09:00:00Z" }, "UTC");

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void Boundary_WeeklyMonday0900Berlin_StaysAt0900AcrossTheMarchChange()
    {
        var rotation = Berlin();

        Assert.Multiple(() =>
        {
            Assert.That(rotation.Boundary(3), Is.EqualTo(Utc("2026-03-23T08:00:00Z")), "09:00 CET");
            Assert.That(rotation.Boundary(4), Is.EqualTo(Utc("2026-03-30T07:00:00Z")), "09:00 CEST, the day after clocks went forward");
            Assert.That(OnCall.At(rotation, [], Utc("2026-03-30T06:59:59Z")).Primary, Is.EqualTo("U1"));
            Assert.That(OnCall.At(rotation, [], Utc("2026-03-30T07:00:00Z")).Primary, Is.EqualTo("U2"));
        });
    }

    [Test]
    public void Boundary_WeeklyMonday0900Berlin_StaysAt0900AcrossTheOctoberChange()
    {
        var rotation = Berlin();

        Assert.Multiple(() =>
        {
            Assert.That(rotation.Boundary(33), Is.EqualTo(Utc("2026-10-19T07:00:00Z")), "09:00 CEST");
            Assert.That(rotation.Boundary(34), Is.EqualTo(Utc("2026-10-26T08:00:00Z")), "09:00 CET, the day after clocks went back");
            Assert.That(OnCall.At(rotation, [], Utc("2026-10-26T07:30:00Z")).Primary, Is.EqualTo("U1"), "08:30 local: still the outgoing turn");
            Assert.That(OnCall.At(rotation, [], Utc("2026-10-26T08:00:00Z")).Primary, Is.EqualTo("U2"));
            Assert.That(OnCall.At(rotation, [], Utc("2026-10-25T01:30:00Z")).Start, Is.EqualTo(Utc("2026-10-19T07:00:00Z")), "in the repeated hour");
        });
    }

    [Test]
    public void Handoff_WeekdayAndTime_CountsFromTheFirstSuchMomentOf2024()
    {
        var rotation = RotationConfig.Build("payments", new RotationOptions { Members = "U1,U2", Handoff = "Wednesday 18:30", TimeZone = "Europe/Berlin" }, "UTC");

        var shift = OnCall.At(rotation, [], Utc("2026-12-03T12:00:00Z"));

        Assert.That(shift.Start, Is.EqualTo(Utc("2026-12-02T17:30:00Z")), "Wednesday 18:30 CET");
        Assert.That(shift.End, Is.EqualTo(Utc("2026-12-09T17:30:00Z")));
        Assert.That(RotationStart.Parse("Someday 09:00", TimeZoneInfo.Utc), Is.Null);
        Assert.That(RotationStart.Parse("2026-01-05T09:00:00", TimeZoneInfo.Utc), Is.Null, "an ISO date-time needs its offset");
    }

    [Test]
    public void ZoneTime_TimesTheChangesSkipOrRepeat_AreMovedOnOrTakenFirst()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        Assert.That(ZoneTime.ToInstant(new DateTime(2026, 3, 29, 2, 30, 0), berlin), Is.EqualTo(Utc("2026-03-29T01:30:00Z")));
        Assert.That(ZoneTime.ToInstant(new DateTime(2026, 10, 25, 2, 30, 0), berlin), Is.EqualTo(Utc("2026-10-25T00:30:00Z")));
    }

    [Test]
    public void At_PrimaryAndSecondary_AreThisTurnsAndTheNextTurnsMembers()
    {
        var shift = OnCall.At(Utc(), [], Utc("2026-01-13T10:00:00Z"));

        Assert.That((shift.Primary, shift.Secondary), Is.EqualTo(("U2", "U3")));
        Assert.That(shift.End, Is.EqualTo(Utc("2026-01-19T09:00:00Z")));
        var alone = RotationConfig.Build("solo", new RotationOptions { Members = "U1" }, "UTC");
        Assert.That(OnCall.At(alone, [], Utc("2026-01-13T10:00:00Z")).Secondary, Is.Null, "nobody else to page");
    }

    [Test]
    public void Swap_SpanningABoundary_AppliesOnBothSidesAndEndsWithItsWindow()
    {
        var swap = new RotationSwap(1, "platform", "U1", "U3", Utc("2026-01-10T00:00:00Z"), Utc("2026-01-15T00:00:00Z"), "U1");
        var rotation = Utc();

        Assert.Multiple(() =>
        {
            Assert.That(OnCall.At(rotation, [swap], Utc("2026-01-09T12:00:00Z")).Primary, Is.EqualTo("U1"), "before the window");
            Assert.That(OnCall.At(rotation, [swap], Utc("2026-01-11T12:00:00Z")).Primary, Is.EqualTo("U3"), "U3 covers U1's turn");
            var after = OnCall.At(rotation, [swap], Utc("2026-01-13T12:00:00Z"));
            Assert.That((after.Primary, after.Secondary), Is.EqualTo(("U2", "U1")), "past the boundary U1 stands in for U3 as secondary");
            Assert.That(OnCall.At(rotation, [swap], Utc("2026-01-15T00:00:00Z")).Secondary, Is.EqualTo("U3"), "the window is over");
            Assert.That(OnCall.NextChange(rotation, [swap], Utc("2026-01-09T12:00:00Z")), Is.EqualTo(Utc("2026-01-10T00:00:00Z")));
        });
    }

    [Test]
    public void WithMembers_OnCallMemberRemovedMidTurn_TheNextMemberTakesOverAtOnce()
    {
        var now = Utc("2026-01-14T10:00:00Z");

        var rotation = Utc().WithMembers(["U1", "U3"], now);

        Assert.Multiple(() =>
        {
            Assert.That(OnCall.At(rotation, [], now).Primary, Is.EqualTo("U3"));
            Assert.That(OnCall.At(rotation, [], now).Start, Is.EqualTo(Utc("2026-01-12T09:00:00Z")), "the turn keeps its boundaries");
            Assert.That(OnCall.At(rotation, [], Utc("2026-01-19T09:00:00Z")).Primary, Is.EqualTo("U1"));
            Assert.That(OnCall.At(rotation, [], Utc("2026-01-26T09:00:00Z")).Primary, Is.EqualTo("U3"));
        });
    }

    [Test]
    public void WithMembers_AnotherMemberRemoved_WhoeverIsOnCallKeepsTheirTurn()
    {
        var now = Utc("2026-01-14T10:00:00Z");

        var rotation = Utc().WithMembers(["U2", "U3"], now);

        Assert.That(OnCall.At(rotation, [], now).Primary, Is.EqualTo("U2"));
        Assert.That(OnCall.At(rotation, [], Utc("2026-01-19T09:00:00Z")).Primary, Is.EqualTo("U3"));
        Assert.That(OnCall.At(rotation, [], Utc("2026-01-26T09:00:00Z")).Primary, Is.EqualTo("U2"));
    }
}
