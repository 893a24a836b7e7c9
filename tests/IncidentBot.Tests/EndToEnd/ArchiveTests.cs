using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Jobs;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Archiving incident channels <c>IncidentBot:ArchiveAfter</c> after the incident's life ended, and <c>/incident keep</c>.</summary>
[TestFixture]
public sealed class ArchiveTests
{
    private BotHarness _bot = null!;

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private JobScheduler Scheduler => _bot.Services.GetRequiredServiceOf<JobScheduler>();

    private async Task<Incident> ReviewedAsync()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await ResolveSteps.ResolveAsync(_bot, incident);
        await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 1);
        await _bot.Requests.InteractionAsync(BlockAction("U1", incident.ChannelId!, "postmortem_review_complete",
            incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await _bot.WaitForIdleAsync();
        return incident;
    }

    private IReadOnlyList<FakeSlack.SlackMessage> Notices(Incident incident) =>
        ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, "This channel will be archived");

    [Test]
    public async Task ReviewComplete_WithArchiveAfterUnderADay_NoticesAtOnceThenArchivesTheChannelOnce()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(("IncidentBot:ArchiveAfter", "00:00:03")));
        var incident = await ReviewedAsync();

        await Eventually.TrueAsync(() => _bot.Slack.State.Channel(incident.ChannelId!)!.IsArchived, TimeSpan.FromSeconds(20), "the channel archived");
        await _bot.WaitForIdleAsync();

        Assert.That(Notices(incident), Has.Count.EqualTo(1));
        Assert.That(Notices(incident)[0].Visible(), Does.Contain("/incident keep"));
        var reloaded = await ResolveSteps.ReloadAsync(_bot, incident);
        Assert.That(reloaded.ArchivedAt, Is.Not.Null);
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Count(e => e.Kind == TimelineKind.ChannelArchived), Is.EqualTo(1));
        Assert.That(_bot.Slack.Calls.Count(c => c.Method == "conversations.archive"), Is.EqualTo(1));
    }

    [Test]
    public async Task Keep_AfterTheNotice_CancelsTheArchive()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(("IncidentBot:ArchiveAfter", "00:01:00")));
        var incident = await ReviewedAsync();
        await Eventually.TrueAsync(() => Notices(incident).Count == 1, TimeSpan.FromSeconds(15), "the archive notice");
        Assert.That(await Scheduler.NextFireAsync(ArchiveJob.ArchiveKey(incident.Id)), Is.Not.Null, "the archive is planned");

        var answer = await _bot.Requests.CommandAsync("keep", "U2", incident.ChannelId!);
        var again = await _bot.Requests.CommandAsync("keep", "U3", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("will not be archived"));
        Assert.That(again.Text, Does.Contain("kept already (<@U2> asked)"));
        Assert.That(await Scheduler.NextFireAsync(ArchiveJob.ArchiveKey(incident.Id)), Is.Null);
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).ArchiveKeptBy, Is.EqualTo("U2"));
        Assert.That(_bot.Slack.State.Channel(incident.ChannelId!)!.IsArchived, Is.False);
    }

    [Test]
    public async Task Cancel_WithArchiveAfterSet_ArchivesTheChannelWithoutAReview()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(("IncidentBot:ArchiveAfter", "00:00:02")));
        var incident = await ResolveSteps.DeclareAsync(_bot);

        await _bot.Requests.CommandAsync("cancel drill, not a real incident", "U1", incident.ChannelId!);

        await Eventually.TrueAsync(() => _bot.Slack.State.Channel(incident.ChannelId!)!.IsArchived, TimeSpan.FromSeconds(20), "the channel archived");
        Assert.That(Notices(incident), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Resolve_WithoutReviewComplete_PlansNoArchive()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(("IncidentBot:ArchiveAfter", "00:00:01")));
        var incident = await ResolveSteps.DeclareAsync(_bot);

        await ResolveSteps.ResolveAsync(_bot, incident);
        await _bot.WaitForIdleAsync();

        Assert.That(await Scheduler.NextFireAsync(ArchiveJob.ArchiveKey(incident.Id)), Is.Null);
        Assert.That(await Scheduler.NextFireAsync(ArchiveJob.NoticeKey(incident.Id)), Is.Null);
    }

    [Test]
    public async Task Keep_WithArchivingOff_SaysSoAndChangesNothing()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings());
        var incident = await ResolveSteps.DeclareAsync(_bot);

        var answer = await _bot.Requests.CommandAsync("keep", "U1", incident.ChannelId!);
        var withText = await _bot.Requests.CommandAsync("keep forever", "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain("not archived here"));
        Assert.That(withText.Text, Does.Contain("`/incident keep` takes no arguments"));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).ArchiveKeptBy, Is.Null);
    }
}
