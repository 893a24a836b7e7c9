using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary><c>/incident action edit &lt;n&gt; owner … due … priority …</c>: changes an item's plan, on the record and in the post-mortem.</summary>
[TestFixture]
public sealed class ActionEditTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(ResolveSteps.Settings());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Edit_OwnerDueAndPriority_ChangesTheItemWithATimelineEntryAndThePostmortemShowsIt()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        var channel = incident.ChannelId!;
        await _bot.Requests.CommandAsync("action Add a canary for config pushes", "U1", channel);

        var answer = await _bot.Requests.CommandAsync("action edit 1 owner <@U2|bob> due 2099-12-10 priority P0", "U3", channel);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("Action item *#1* updated: Add a canary for config pushes · <@U2> · due 2099-12-10 · P0"));
        var item = (await _bot.Services.GetRequiredServiceOf<ActionItemStore>().ListAsync(incident.Id)).Single();
        Assert.That((item.Owner, item.Due, item.Priority), Is.EqualTo(("U2", (DateOnly?)new DateOnly(2099, 12, 10), "p0")));
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        var edited = timeline.Single(e => e.Kind == TimelineKind.ActionEdited);
        Assert.That((edited.Text, edited.UserId), Is.EqualTo(("Action item #1 changed: owner <@U2>, due 2099-12-10, priority P0", "U3")));

        await ResolveSteps.ResolveAsync(_bot, incident);
        var markdown = ResolveSteps.Content((await ResolveSteps.WaitForFilesAsync(_bot, channel, 1)).Single());
        Assert.That(markdown, Does.Contain("| 1 | Add a canary for config pushes | @Bob Baker | 2099-12-10 | P0 | open |"));
    }

    [Test]
    public async Task Edit_ClearOwnerAndDue_AndTheSameAgain_ChangesOnceThenSaysSo()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        var channel = incident.ChannelId!;
        await _bot.Requests.CommandAsync("action Write the runbook <@U2> due:2099-01-05 p1", "U1", channel);

        var first = await _bot.Requests.CommandAsync("action edit #1 owner none due none", "U1", channel);
        var again = await _bot.Requests.CommandAsync("action edit 1 owner none due none", "U1", channel);
        await _bot.WaitForIdleAsync();

        Assert.That(first.Text, Does.Contain("updated: Write the runbook · _no owner_ · _no due date_ · P1"));
        Assert.That(again.Text, Does.Contain("Action item *#1* already says that"));
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Where(e => e.Kind == TimelineKind.ActionEdited).Select(e => e.Text),
            Is.EqualTo(new[] { "Action item #1 changed: no owner, no due date" }));
    }

    [TestCase("action edit", "Say which action item to change by its number")]
    [TestCase("action edit 1", "Say what to change: `owner`, `due` or `priority`.")]
    [TestCase("action edit 1 colour red", "\"colour\" is not something I can change")]
    [TestCase("action edit 1 due 2099-13-01", "\"2099-13-01\" is not a date")]
    [TestCase("action edit 1 priority P7", "Priority \"P7\" is not one of p0, p1, p2 or p3")]
    [TestCase("action edit 1 owner @bob", "\"@bob\" is not a Slack mention")]
    [TestCase("action edit 1 owner", "Give a value after \"owner\".")]
    [TestCase("action edit 1 p1 priority p2", "Give \"priority\" once.")]
    public async Task Edit_BadInput_ExplainsWithUsageAndChangesNothing(string command, string problem)
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await _bot.Requests.CommandAsync("action Write the runbook <@U2> due:2099-01-05 p1", "U1", incident.ChannelId!);

        var answer = await _bot.Requests.CommandAsync(command, "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain(problem).And.Contain("Usage: `/incident action edit &lt;n&gt;"));
        var item = (await _bot.Services.GetRequiredServiceOf<ActionItemStore>().ListAsync(incident.Id)).Single();
        Assert.That((item.Owner, item.Due, item.Priority), Is.EqualTo(("U2", (DateOnly?)new DateOnly(2099, 1, 5), "p1")));
    }

    [Test]
    public async Task Edit_NoSuchItem_SaysSo_AndEditFollowedByTextAddsAnItem()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);

        var missing = await _bot.Requests.CommandAsync("action edit 7 priority p1", "U1", incident.ChannelId!);
        var added = await _bot.Requests.CommandAsync("action edit the runbook for failover", "U1", incident.ChannelId!);

        Assert.That(missing.Text, Does.Contain("INC-1 has no action item #7"));
        Assert.That(added.Text, Does.Contain("Action item *#1* added: edit the runbook for failover"));
    }
}
