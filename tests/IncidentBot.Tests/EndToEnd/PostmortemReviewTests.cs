using IncidentBot.Core.Incidents;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Post-mortem due reminders (Quartz) and the Review complete button that stops them.</summary>
[TestFixture]
public sealed class PostmortemReviewTests
{
    private BotHarness _bot = null!;

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task DueReminders_AfterResolve_ArePostedAtEachConfiguredDelay()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(("IncidentBot:PostmortemDueAfter", "00:00:01,00:00:02")));
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await ResolveSteps.ResolveAsync(_bot, incident);

        await Eventually.TrueAsync(() => Reminders(incident).Count == 2, TimeSpan.FromSeconds(15), "two post-mortem due reminders");

        Assert.That(Reminders(incident)[0].Visible(), Does.Contain("<@U1>").And.Contain("Review complete"));
    }

    [Test]
    public async Task DueReminder_ItemNotDoneWithinTheBusinessDays_IsListedAsOverdue()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(("IncidentBot:PostmortemDueAfter", "00:00:02"), ("IncidentBot:ActionItemsDueWithin", "0")));
        var incident = await ResolveSteps.DeclareAsync(_bot);
        var channel = incident.ChannelId!;
        await _bot.Requests.CommandAsync("action Add a canary for config pushes <@U2>", "U1", channel);
        await _bot.Requests.CommandAsync("action Review the pool size due:2099-01-05", "U1", channel);
        await _bot.Requests.CommandAsync("action Write the runbook", "U1", channel);
        await _bot.Requests.CommandAsync("action edit 3 due 2020-01-06", "U1", channel);
        await ResolveSteps.ResolveAsync(_bot, incident);

        await Eventually.TrueAsync(() => Reminders(incident).Count == 1, TimeSpan.FromSeconds(15), "the post-mortem due reminder");

        var shown = Reminders(incident)[0].Visible();
        Assert.That(shown, Does.Contain("2 action items are overdue").And.Contain("not done within 0 business days"));
        Assert.That(shown, Does.Contain("#1 Add a canary for config pushes · <@U2>").And.Contain("#3 Write the runbook"));
        Assert.That(shown, Does.Not.Contain("Review the pool size"), "its own due date is still ahead");
    }

    [Test]
    public async Task DueReminder_ItemsWithinTheDefaultFiveBusinessDays_ListsNoneOverdue()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(("IncidentBot:PostmortemDueAfter", "00:00:01")));
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await _bot.Requests.CommandAsync("action Add a canary for config pushes <@U2>", "U1", incident.ChannelId!);
        await ResolveSteps.ResolveAsync(_bot, incident);

        await Eventually.TrueAsync(() => Reminders(incident).Count == 1, TimeSpan.FromSeconds(15), "the post-mortem due reminder");

        Assert.That(Reminders(incident)[0].Visible(), Does.Contain("Review complete").And.Not.Contain("overdue"));
    }

    [Test]
    public async Task ReviewComplete_BeforeTheReminder_ClosesTheStageAndNoReminderComes()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(("IncidentBot:PostmortemDueAfter:0", "00:00:03")));
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await ResolveSteps.ResolveAsync(_bot, incident);
        await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 1);

        await _bot.Requests.InteractionAsync(BlockAction("U1", incident.ChannelId!, "postmortem_review_complete", incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await _bot.WaitForIdleAsync();
        await Task.Delay(4500);

        Assert.That(Reminders(incident), Is.Empty);
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).Stage, Is.EqualTo(IncidentStage.Closed));
        Assert.That(ResolveSteps.NoticesTo(_bot, "U1"), Does.Contain("review for INC-1 marked complete"));
        var timeline = await _bot.Services.GetRequiredServiceOf<Core.Storage.TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Count(e => e.Kind == TimelineKind.PostmortemReviewed), Is.EqualTo(1));
    }

    [Test]
    public async Task Reopen_BeforeTheReminder_CancelsIt()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(("IncidentBot:PostmortemDueAfter", "00:00:03")));
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await ResolveSteps.ResolveAsync(_bot, incident);
        await _bot.WaitForIdleAsync();

        await _bot.Requests.CommandAsync("reopen", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();
        await Task.Delay(4500);

        Assert.That(Reminders(incident), Is.Empty);
    }

    [Test]
    public async Task DueReminders_RussianWorkspace_AreInRussianWithItsDuration()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(("IncidentBot:PostmortemDueAfter", "00:00:01"), ("IncidentBot:Language", "ru")));
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await ResolveSteps.ResolveAsync(_bot, incident);

        await Eventually.TrueAsync(() => RussianReminders(incident).Count == 1, TimeSpan.FromSeconds(15), "the post-mortem due reminder");

        Assert.That(RussianReminders(incident)[0].Visible(), Does.Contain("<@U1>, пора провести разбор пост-мортема INC-1: инцидент решён ")
            .And.Contain(" с назад.").And.Contain("Разберите черновик с командой").And.Contain("Разбор завершён").And.Not.Contain("Review"));
    }

    [Test]
    public async Task ReviewComplete_ClickedByARussianLocale_IsAnsweredInRussianWhileTheChannelStaysEnglish()
    {
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings());
        _bot.Slack.AddUser("U1", "alice", "Alice Able", locale: "ru-RU");
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await ResolveSteps.ResolveAsync(_bot, incident);
        await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 1);
        var id = incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await _bot.Requests.InteractionAsync(BlockAction("U1", incident.ChannelId!, "postmortem_review_complete", id));
        await _bot.WaitForIdleAsync();
        await _bot.Requests.InteractionAsync(BlockAction("U1", incident.ChannelId!, "postmortem_review_complete", id));
        await _bot.WaitForIdleAsync();

        Assert.That(ResolveSteps.NoticesTo(_bot, "U1"),
            Does.Contain("Разбор пост-мортема INC-1 отмечен завершённым, напоминаний больше не будет.")
                .And.Contain("Разбор пост-мортема INC-1 уже завершён."));
        Assert.That(ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, "Post-mortem draft for INC-1 (v1) is ready"), Has.Count.EqualTo(1),
            "the channel's summary is in the workspace's words");
        var timeline = await _bot.Services.GetRequiredServiceOf<Core.Storage.TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Single(e => e.Kind == TimelineKind.PostmortemReviewed).Text, Is.EqualTo("Post-mortem review complete"));
    }

    private List<FakeSlack.SlackMessage> RussianReminders(Incident incident) =>
        ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, "пора провести разбор пост-мортема INC-1").ToList();

    private List<FakeSlack.SlackMessage> Reminders(Incident incident) =>
        ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, "post-mortem review for INC-1 is due").ToList();
}
