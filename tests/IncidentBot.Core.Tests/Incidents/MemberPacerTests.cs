using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>Each member's declares and recompiles are paced over a sliding window; admins and repeats are not.</summary>
public sealed class MemberPacerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);

    [Test]
    public void TryTake_UpToTheCount_IsAllowedThenRefusedUntilTheFirstLeavesTheWindow()
    {
        var pacer = CreateSut();
        for (var i = 0; i < 5; i++)
        {
            Assert.That(pacer.TryTake(PacedAction.Declare, "U1", $"r{i}"), Is.Null, $"declare {i + 1}");
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        var refused = pacer.TryTake(PacedAction.Declare, "U1", "r5");

        Assert.That(refused, Is.EqualTo(new PaceRefusal(PacedAction.Declare, 5, TimeSpan.FromMinutes(10), Start.AddMinutes(10), TimeSpan.FromMinutes(5))));
        _time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.That(pacer.TryTake(PacedAction.Declare, "U1", "r6"), Is.Not.Null, "a second before the first leaves the window");
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.That(pacer.TryTake(PacedAction.Declare, "U1", "r7"), Is.Null);
    }

    [Test]
    public void TryTake_OtherMembersAndOtherActions_HaveTheirOwnAllowance()
    {
        var pacer = CreateSut();
        for (var i = 0; i < 5; i++)
        {
            pacer.TryTake(PacedAction.Declare, "U1", $"r{i}");
        }

        Assert.That(pacer.TryTake(PacedAction.Declare, "U2", "x"), Is.Null);
        Assert.That(pacer.TryTake(PacedAction.Recompile, "U1", "x"), Is.Null);
        Assert.That(pacer.TryTake(PacedAction.Declare, "U1", "x"), Is.Not.Null);
    }

    [Test]
    public void TryTake_TheSameRequestAgain_DoesNotTakeAnother()
    {
        var pacer = CreateSut(o => o.DeclaresPerMember = 1);

        Assert.That(pacer.TryTake(PacedAction.Declare, "U1", "view:V1"), Is.Null);
        Assert.That(pacer.TryTake(PacedAction.Declare, "U1", "view:V1"), Is.Null, "a double submit of the same form");
        Assert.That(pacer.TryTake(PacedAction.Declare, "U1", "view:V2"), Is.Not.Null);
    }

    [Test]
    public void TryTake_AnAdmin_IsNeverPaced()
    {
        var pacer = CreateSut(o => o.Admins = ["UADMIN"]);

        Assert.That(Enumerable.Range(0, 50).Select(i => pacer.TryTake(PacedAction.Declare, "UADMIN", $"r{i}")), Has.All.Null);
    }

    [Test]
    public void TryTake_CountZero_TurnsPacingOff()
    {
        var pacer = CreateSut(o => o.RecompilesPerMember = 0);

        Assert.That(Enumerable.Range(0, 50).Select(i => pacer.TryTake(PacedAction.Recompile, "U1", $"r{i}")), Has.All.Null);
    }

    [Test]
    public void TryTake_RecompilesWithTheirOwnSettings_ArePacedByThem()
    {
        var pacer = CreateSut(o => (o.RecompilesPerMember, o.RecompilesPerMemberWindow) = (2, TimeSpan.FromHours(1)));

        pacer.TryTake(PacedAction.Recompile, "U1", "a");
        pacer.TryTake(PacedAction.Recompile, "U1", "b");

        Assert.That(pacer.TryTake(PacedAction.Recompile, "U1", "c")?.RetryAt, Is.EqualTo(Start.AddHours(1)));
    }

    private MemberPacer CreateSut(Action<IncidentBotOptions>? configure = null)
    {
        var options = new IncidentBotOptions();
        configure?.Invoke(options);
        return new MemberPacer(options, _time);
    }
}
