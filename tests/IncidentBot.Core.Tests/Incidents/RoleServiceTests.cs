using IncidentBot.Core.Incidents;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Incidents;

[TestFixture]
public sealed class RoleServiceTests
{
    private static readonly string[] Admins = ["U9"];

    [Test]
    public async Task AssignAsync_VacantRole_RecordsEntryMemberAndQueuedWorkInOneGo()
    {
        using var fixture = await RoleTimelineFixture.StartAsync();
        var incident = await fixture.DeclareAsync("U1");

        var result = await fixture.Roles.AssignAsync(new RoleAssignment(incident.Id, "lead", "U2", "U1"));

        var assigned = result as RoleAssignmentResult.Assigned;
        Assert.That(assigned?.Incident.RoleHolder("lead"), Is.EqualTo("U2"));
        Assert.That((await fixture.Timeline.ListAsync(incident.Id))[^1].Text, Is.EqualTo("<@U1> made <@U2> Technical Lead"));
        Assert.That(await fixture.Incidents.IsMemberAsync(incident.Id, "U2"), Is.True);
        Assert.That(await fixture.Outbox.CountAsync("pending"), Is.GreaterThanOrEqualTo(3), "provision, role work, refresh");
        Assert.That(fixture.Signal.Count, Is.EqualTo(2), "once for the declaration, once for the assignment");
    }

    [Test]
    public async Task AssignAsync_ExpectingVacantButHeld_IsAConflictNamingTheHolder()
    {
        using var fixture = await RoleTimelineFixture.StartAsync();
        var incident = await fixture.DeclareAsync("U1", declarerIsCommander: false);

        var first = await fixture.Roles.AssignAsync(new RoleAssignment(incident.Id, "ic", "U2", "U2") { Expected = ExpectedHolder.Vacant });
        var second = await fixture.Roles.AssignAsync(new RoleAssignment(incident.Id, "ic", "U3", "U3") { Expected = ExpectedHolder.Vacant });

        Assert.That(first, Is.TypeOf<RoleAssignmentResult.Assigned>());
        Assert.That((second as RoleAssignmentResult.Conflict)?.Holder, Is.EqualTo("U2"));
    }

    [Test]
    public async Task AssignAsync_ManyConcurrentTakes_ExactlyOneWins()
    {
        using var fixture = await RoleTimelineFixture.StartAsync();
        var incident = await fixture.DeclareAsync("U1", declarerIsCommander: false);

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() =>
            fixture.Roles.AssignAsync(new RoleAssignment(incident.Id, "ic", $"U{i}", $"U{i}") { Expected = ExpectedHolder.Vacant }))));

        var winners = results.OfType<RoleAssignmentResult.Assigned>().ToList();
        Assert.That(winners, Has.Count.EqualTo(1));
        var holder = winners[0].Incident.Commander;
        var losers = results.OfType<RoleAssignmentResult.Conflict>().Select(c => c.Holder).ToList();
        Assert.That(losers, Has.Count.EqualTo(7));
        Assert.That(losers, Is.All.EqualTo(holder));
    }

    [Test]
    public async Task AssignAsync_HeldIcByNonCommander_IsRefusedAndAnAdminMayDoIt()
    {
        using var fixture = await RoleTimelineFixture.StartAsync("U9");
        var incident = await fixture.DeclareAsync("U1");

        var refused = await fixture.Roles.AssignAsync(new RoleAssignment(incident.Id, "ic", "U2", "U2"));
        var byAdmin = await fixture.Roles.AssignAsync(new RoleAssignment(incident.Id, "ic", "U2", "U9"));

        var decision = (refused as RoleAssignmentResult.Refused)?.Decision;
        Assert.That(decision?.Commander, Is.EqualTo("U1"));
        Assert.That(decision?.Admins, Is.EqualTo(Admins));
        Assert.That((byAdmin as RoleAssignmentResult.Assigned)?.Previous, Is.EqualTo("U1"));
        Assert.That((await fixture.Timeline.ListAsync(incident.Id))[^1].Kind, Is.EqualTo(TimelineKind.RoleHandedOver));
    }

    [Test]
    public async Task AssignAsync_SameHolderOrUnknownRole_ChangesNothing()
    {
        using var fixture = await RoleTimelineFixture.StartAsync();
        var incident = await fixture.DeclareAsync("U1");
        var before = (await fixture.Timeline.ListAsync(incident.Id)).Count;

        var same = await fixture.Roles.AssignAsync(new RoleAssignment(incident.Id, "ic", "U1", "U1") { Expected = ExpectedHolder.Vacant });
        var unknown = await fixture.Roles.AssignAsync(new RoleAssignment(incident.Id, "boss", "U2", "U1"));

        Assert.That(same, Is.TypeOf<RoleAssignmentResult.Unchanged>());
        Assert.That(unknown, Is.TypeOf<RoleAssignmentResult.UnknownRole>());
        Assert.That(await fixture.Timeline.ListAsync(incident.Id), Has.Count.EqualTo(before));
    }

    [TestCase("ic", "U1", "U1", true)]
    [TestCase("lead", "U1", "U1", true)]
    [TestCase("lead", "U1", "U2", false)]
    [TestCase("scribe", "U1", "U1", false)]
    public void CommanderIsLead_OnlyWhenIcAndLeadAreOnePersonAfterChangingEither(string changed, string ic, string lead, bool expected)
    {
        var holders = new Dictionary<string, string> { ["ic"] = ic, ["lead"] = lead };

        Assert.That(RoleService.CommanderIsLead(holders, changed), Is.EqualTo(expected));
    }
}
