using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Policies;

public sealed class PermissionPolicyTests
{
    private static PermissionPolicy CreateSut() => new(["UADMIN"]);

    private static Incident WithCommander(string? commander) => new()
    {
        Id = 1, Number = 1, Title = "t", SeverityKey = "sev1", Status = IncidentStatus.Investigating, IsPrivate = false,
        DeclaredBy = "U1", DeclaredAt = DateTimeOffset.UnixEpoch,
        Roles = commander is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["ic"] = commander },
    };

    [TestCase(IncidentAction.ChangeSeverity)]
    [TestCase(IncidentAction.Resolve)]
    [TestCase(IncidentAction.Reopen)]
    [TestCase(IncidentAction.ReassignCommander)]
    public void Check_NonCommanderOnGuardedAction_IsRefusedNamingWhoCan(IncidentAction action)
    {
        var decision = CreateSut().Check(WithCommander("U1"), "U2", action);

        Assert.That(decision.Allowed, Is.False);
        Assert.That(decision.Commander, Is.EqualTo("U1"));
        Assert.That(decision.Admins, Is.EqualTo(new[] { "UADMIN" }));
    }

    [TestCase("U1")]
    [TestCase("UADMIN")]
    public void Check_CommanderOrAdmin_IsAllowed(string user) =>
        Assert.That(CreateSut().Check(WithCommander("U1"), user, IncidentAction.Resolve).Allowed, Is.True);

    [Test]
    public void Check_NoCommanderAssigned_AnyoneMay() =>
        Assert.That(CreateSut().Check(WithCommander(null), "U9", IncidentAction.ChangeSeverity).Allowed, Is.True);

    [TestCase(IncidentAction.Note)]
    [TestCase(IncidentAction.Pin)]
    [TestCase(IncidentAction.AddAction)]
    [TestCase(IncidentAction.TakeEmptyRole)]
    [TestCase(IncidentAction.AssignRole)]
    public void Check_OpenActions_AnyoneMay(IncidentAction action) =>
        Assert.That(CreateSut().Check(WithCommander("U1"), "U9", action).Allowed, Is.True);

    private static Incident Resolved(string? commander) => WithCommander(commander) with { Status = IncidentStatus.Resolved };

    [TestCase(IncidentAction.TakeEmptyRole)]
    [TestCase(IncidentAction.AssignRole)]
    [TestCase(IncidentAction.ReassignCommander)]
    [TestCase(IncidentAction.CompleteReview)]
    public void Check_AfterResolutionSomeoneElseChangesRolesOrCompletesReview_IsRefusedNamingWhoCan(IncidentAction action)
    {
        var decision = CreateSut().Check(Resolved("U1"), "U2", action);

        Assert.That(decision.Allowed, Is.False);
        Assert.That(decision.Commander, Is.EqualTo("U1"));
    }

    [TestCase("U1", IncidentAction.AssignRole)]
    [TestCase("UADMIN", IncidentAction.TakeEmptyRole)]
    [TestCase("U1", IncidentAction.CompleteReview)]
    [TestCase("UADMIN", IncidentAction.CompleteReview)]
    public void Check_AfterResolutionCommanderOrAdmin_IsAllowed(string user, IncidentAction action) =>
        Assert.That(CreateSut().Check(Resolved("U1"), user, action).Allowed, Is.True);

    [TestCase(IncidentAction.AssignRole)]
    [TestCase(IncidentAction.CompleteReview)]
    public void Check_AfterResolutionWithoutCommander_AnyoneMay(IncidentAction action) =>
        Assert.That(CreateSut().Check(Resolved(null), "U9", action).Allowed, Is.True);

    [Test]
    public void MayChangeRotation_WithoutAdmins_AnyoneMay() =>
        Assert.That(new PermissionPolicy([]).MayChangeRotation("U9", []), Is.True);

    [TestCase("UADMIN", new string[0], true)]
    [TestCase("U1", new string[0], false)]
    [TestCase("U1", new[] { "U1", "U2" }, true)]
    [TestCase("U2", new[] { "U1", "U2" }, true)]
    [TestCase("U3", new[] { "U1", "U2" }, false)]
    public void MayChangeRotation_WithAdmins_TheAdminsOrThePeopleConcerned(string user, string[] concerned, bool allowed) =>
        Assert.That(CreateSut().MayChangeRotation(user, concerned), Is.EqualTo(allowed));
}
