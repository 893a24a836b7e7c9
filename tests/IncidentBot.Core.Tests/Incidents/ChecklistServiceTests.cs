using Dapper;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Incidents;

/// <summary>Checklists copied from the incident's type when declared, and ticked, on a real database.</summary>
public sealed class ChecklistServiceTests
{
    private RoleTimelineFixture _fx = null!;
    private ChecklistService _checklists = null!;

    [SetUp]
    public async Task SetUpAsync()
    {
        _fx = await RoleTimelineFixture.StartAsync();
        var store = new ChecklistStore(_fx.Database);
        _checklists = new ChecklistService(_fx.Changes, store, new CadenceStore(_fx.Database), _fx.Ladder, _fx.Words, _fx.Time);
    }

    [TearDown]
    public void TearDown() => _fx.Dispose();

    [Test]
    public async Task Declare_DefaultType_CopiesThePracticeListsWithTheChannelTicked()
    {
        var incident = await DeclareAsync(Types().Default);

        var items = await _checklists.ListAsync(incident.Id);

        var activation = items.Where(i => i.Kind == ChecklistKind.Activation).ToList();
        var verification = items.Where(i => i.Kind == ChecklistKind.Verification).ToList();
        Assert.That(activation.Select(i => i.Text), Does.Contain("Status page updated"));
        Assert.That(activation.Single(i => i.IsTicked).Number, Is.EqualTo(1), "declaring opened the channel");
        Assert.That(verification.Select(i => i.Text), Does.Contain("Error rate back to baseline").And.Contain("Stable for 30+ minutes"));
        Assert.That(verification.Any(i => i.IsTicked), Is.False);
    }

    [Test]
    public async Task Declare_TypeWithItsOwnLists_CopiesThoseAndNoPracticeItem()
    {
        var options = new IncidentBotOptions();
        options.Types["db"] = new IncidentTypeOptions
        {
            Label = "Database", Checklist = new ChecklistOptions { Activation = [], Verification = ["Replication lag under 1 s"] },
        };
        var incident = await DeclareAsync(IncidentTypeCatalog.From(options).All.Single(t => t.Key == "db"));

        var items = await _checklists.ListAsync(incident.Id);

        Assert.That(items.Select(i => (i.Kind, i.Text)), Is.EqualTo(new[] { (ChecklistKind.Verification, "Replication lag under 1 s") }));
    }

    [Test]
    public async Task Set_TickThenTickAgain_RecordsOneTimelineEntryAndQueuesTheRewrite()
    {
        var incident = await DeclareAsync(Types().Default);

        var first = await _checklists.SetAsync(incident.Id, ChecklistKind.Verification, 1, true, "U7", "1700000000.000100");
        var again = await _checklists.SetAsync(incident.Id, ChecklistKind.Verification, 1, true, "U8", "1700000000.000100");

        Assert.That((first, again), Is.EqualTo((true, false)));
        var item = (await _checklists.ListAsync(incident.Id)).Single(i => i is { Kind: ChecklistKind.Verification, Number: 1 });
        Assert.That(item.TickedBy, Is.EqualTo("U7"));
        var entries = (await _fx.Timeline.ListAsync(incident.Id)).Where(e => e.Kind == TimelineKind.ChecklistTicked).ToList();
        Assert.That(entries.Single().Text, Is.EqualTo("<@U7> ticked \"Error rate back to baseline\" (Before resolving: verification)"));
        var queued = await _fx.Database.ReadAsync(async c => (await c.QueryAsync<string>(
            "SELECT payload FROM outbox WHERE kind = @kind", new { kind = TypeWorkKinds.RefreshChecklist })).ToList());
        Assert.That(queued, Is.EqualTo(new[] { "1700000000.000100" }));
    }

    [Test]
    public async Task Set_Untick_ClearsWhoTickedAndSaysSo()
    {
        var incident = await DeclareAsync(Types().Default);
        await _checklists.SetAsync(incident.Id, ChecklistKind.Activation, 3, true, "U7", null);

        var changed = await _checklists.SetAsync(incident.Id, ChecklistKind.Activation, 3, false, "U9", null);

        Assert.That(changed, Is.True);
        Assert.That((await _checklists.ListAsync(incident.Id)).Single(i => i is { Kind: ChecklistKind.Activation, Number: 3 }).IsTicked, Is.False);
        Assert.That((await _fx.Timeline.ListAsync(incident.Id))[^1].Text, Is.EqualTo("<@U9> unticked \"Status page updated\" (War-room activation)"));
    }

    private static IncidentTypeCatalog Types() => IncidentTypeCatalog.From(new IncidentBotOptions());

    private async Task<Incident> DeclareAsync(IncidentType type) => (await _fx.Declarations.DeclareAsync(new DeclareRequest(
        Guid.NewGuid().ToString("N"), "Checkout is failing", _fx.Ladder.Get("sev1"), "U1", false, true, Type: type))).Incident;
}
