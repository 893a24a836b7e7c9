using System.Text.Json;
using IncidentBot.Core.Breaches;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Incidents;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Breaches;

/// <summary>The breach clock firing and being stopped, on a real database and a fake clock.</summary>
public sealed class BreachServiceTests
{
    private RoleTimelineFixture _core = null!;
    private BreachService _breaches = null!;
    private IncidentBotOptions _options = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _core = await RoleTimelineFixture.StartAsync();
        _options = new IncidentBotOptions();
        _options.Types["security"].BreachContact = "U9";
        _breaches = new BreachService(_core.Changes, new BreachStore(_core.Database), _options, _core.Words);
    }

    [TearDown]
    public void Dispose() => _core.Dispose();

    private async Task<Incident> DeclareSecurityAsync()
    {
        var type = IncidentTypeCatalog.From(_options).All.Single(t => t.Key == "security");
        var request = new DeclareRequest(Guid.NewGuid().ToString("N"), "Leaked API key", _core.Ladder.Get("sev1"), "U1", false, true, Type: type);
        return (await _core.Declarations.DeclareAsync(request)).Incident;
    }

    private void After(Incident incident, double hours) => _core.Time.SetUtcNow(incident.DeclaredAt.AddHours(hours));

    private async Task<IReadOnlyList<BreachPayload>> QueuedNoticesAsync() =>
        (await _core.Database.ReadAsync(c => Task.FromResult(Dapper.SqlMapper.Query<string>(c,
            "SELECT payload FROM outbox WHERE kind = 'post_breach_notice' ORDER BY id").ToList())))
        .Select(p => JsonSerializer.Deserialize<BreachPayload>(p)!).ToList();

    [Test]
    public async Task Fire_AtTheFirstMark_RecordsAndQueuesReminderOneToTheIcAndContact()
    {
        var incident = await DeclareSecurityAsync();
        After(incident, 24);

        var notice = await _breaches.FireAsync(incident.Id);

        Assert.That(notice, Is.Not.Null);
        Assert.That(notice!.IsDeadline, Is.False);
        Assert.That(notice.Mark, Is.EqualTo(1));
        Assert.That(notice.Recipients, Is.EqualTo(new[] { "U1", "U9" }));
        Assert.That((await QueuedNoticesAsync()).Single().Mark, Is.EqualTo(1));
        var entry = (await _core.Timeline.ListAsync(incident.Id))[^1];
        Assert.That(entry.Kind, Is.EqualTo(TimelineKind.ReminderSent));
        Assert.That(entry.Text, Is.EqualTo("Breach-notification reminder 1 of 3 sent: 2 d 0 h left to notify the authorities"));
        Assert.That(await _breaches.NextDueAsync(incident), Is.EqualTo(incident.DeclaredAt.AddHours(48)));
    }

    [Test]
    public async Task Fire_BeforeTheMark_RecordsNothing()
    {
        var incident = await DeclareSecurityAsync();
        After(incident, 23);

        Assert.That(await _breaches.FireAsync(incident.Id), Is.Null);
        Assert.That(await QueuedNoticesAsync(), Is.Empty);
        Assert.That(await _breaches.NextDueAsync(incident), Is.EqualTo(incident.DeclaredAt.AddHours(24)));
    }

    [Test]
    public async Task Fire_AfterTheDeadline_AnnouncesItOnceAndStops()
    {
        var incident = await DeclareSecurityAsync();
        After(incident, 72);

        var notice = await _breaches.FireAsync(incident.Id);
        var again = await _breaches.FireAsync(incident.Id);

        Assert.That(notice!.IsDeadline, Is.True);
        Assert.That(again, Is.Null);
        Assert.That(await QueuedNoticesAsync(), Has.Count.EqualTo(1));
        Assert.That((await _core.Timeline.ListAsync(incident.Id))[^1].Text, Does.StartWith("Breach-notification deadline passed (3 d 0 h after declaring)"));
        Assert.That(await _breaches.NextDueAsync(incident), Is.Null);
    }

    [Test]
    public async Task Record_NotRequired_StopsTheClockAndIsOnTheTimeline()
    {
        var incident = await DeclareSecurityAsync();
        After(incident, 30);

        await _breaches.RecordAsync(incident.Id, "U2", BreachDecision.NotRequired, "Only test accounts were exposed");
        After(incident, 48);

        Assert.That(await _breaches.NextDueAsync(incident), Is.Null);
        Assert.That(await _breaches.FireAsync(incident.Id), Is.Null);
        var entry = (await _core.Timeline.ListAsync(incident.Id))[^1];
        Assert.That(entry.Kind, Is.EqualTo(TimelineKind.BreachNoticeRecorded));
        Assert.That(entry.Text, Is.EqualTo("Breach notification not required: Only test accounts were exposed"));
        Assert.That(entry.UserId, Is.EqualTo("U2"));
        var state = await _breaches.StateAsync(incident.Id);
        Assert.That(state.Decision, Is.EqualTo(BreachDecision.NotRequired));
        Assert.That(state.DecidedAt, Is.EqualTo(incident.DeclaredAt.AddHours(30)));
    }

    [Test]
    public async Task Fire_AfterTheIncidentIsResolved_StillReminds()
    {
        var incident = await DeclareSecurityAsync();
        After(incident, 1);
        await new ResolutionService(_core.Changes, new IncidentBot.Core.Policies.PermissionPolicy([]), _core.Words)
            .ResolveAsync(new ResolveRequest(incident.Id, "U1", "Rotated the key", null, true, false, "resolve-1"));
        After(incident, 24);

        Assert.That((await _breaches.FireAsync(incident.Id))?.Mark, Is.EqualTo(1));
    }

    [Test]
    public async Task DefaultType_HasNoClock()
    {
        var incident = await _core.DeclareAsync();
        _core.Time.SetUtcNow(incident.DeclaredAt.AddHours(100));

        Assert.That(await _breaches.NextDueAsync(incident), Is.Null);
        Assert.That(await _breaches.FireAsync(incident.Id), Is.Null);
    }
}
