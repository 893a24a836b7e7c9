using System.Text.RegularExpressions;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>The post-mortem draft: compiled at resolution by a Quartz job, posted and uploaded once, recompiled on request.</summary>
[TestFixture]
public sealed partial class PostmortemTests
{
    private static readonly string[] Outline =
    [
        "# Post-mortem: Checkout is failing (INC-1)", "## Executive summary", "## Impact", "## Key times", "## Timeline", "## Root cause",
        "## Five whys", "## Resolution", "## What went well", "## What could be improved", "## Action items", "## Prevention",
        "## Lessons learned", "## Participants", "## Related incidents",
    ];

    private static readonly string[] Titles = ["INC-1 post-mortem draft (v1)", "INC-1 post-mortem draft (v2)"];
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(ResolveSteps.Settings(("IncidentBot:TimeZone", "Europe/Berlin")));

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Resolve_AfterNotePinUpdateAndAction_UploadsMarkdownWithAllOfThem()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        var channel = incident.ChannelId!;
        await _bot.Requests.CommandAsync("note Rolled back the payment config | v2 → v1", "U2", channel);
        var pinnedTs = _bot.Slack.AddUserMessage(channel, "U3", "Error rate graph at 42%");
        await _bot.Requests.EventAsync(TimelineScenario.Envelope("EvPm1",
            TimelineScenario.PinAdded(channel, "U3", pinnedTs, "U3", "Error rate graph at 42%")));
        await _bot.Requests.CommandAsync("update Rollback running", "U1", channel);
        await _bot.WaitForIdleAsync();
        await _bot.Requests.CommandAsync("action Add a canary for config pushes <@U2|bob> due:2099-12-01 p1", "U1", channel);

        await ResolveSteps.ResolveAsync(_bot, incident);
        var file = (await ResolveSteps.WaitForFilesAsync(_bot, channel, 1)).Single();

        var markdown = ResolveSteps.Content(file);
        Assert.That(file.Filename, Is.EqualTo("INC-1-postmortem.md"));
        Assert.That(Headings(markdown), Is.EqualTo(Outline));
        Assert.That(markdown, Does.Contain("| Time (UTC) | Time (Europe/Berlin) | Event | By |"));
        // People are named as Slack's directory knows them, not by their user IDs.
        Assert.That(markdown, Does.Contain("Rolled back the payment config \\| v2 → v1 | @Bob Baker |"));
        Assert.That(markdown, Does.Contain("Error rate graph at 42% | @Carol Cole |"));
        Assert.That(markdown, Does.Contain("Update #1 (Investigating): Rollback running | @Alice Able |"));
        Assert.That(markdown, Does.Contain("| 1 | Add a canary for config pushes | @Bob Baker | 2099-12-01 | P1 | open |"));
        Assert.That(markdown, Does.Contain("IC: @Alice Able"));
        Assert.That(markdown, Does.Contain("owner @Bob Baker"));
        Assert.That(markdown, Does.Contain("## Participants\n\n@Alice Able, @Bob Baker, @Carol Cole\n"));
        Assert.That(markdown, Does.Not.Contain("@U1").And.Not.Contain("@U2").And.Not.Contain("@U3"));
        Assert.That(markdown, Does.Contain("## Root cause\n\nA config push disabled the card processor"));
        Assert.That(markdown, Does.Contain("1. Why did \"Checkout is failing\" happen? A config push disabled the card processor"));
        Assert.That(markdown, Does.Contain("Resolution: Rolled back config v2"));
        Assert.That(markdown, Does.Contain("Impact confirmed at resolution: yes"));
        Assert.That(markdown, Does.Contain("| Resolved |"));
        Assert.That(file.InitialComment, Does.Contain("INC-1 post-mortem draft, version 1"));
        var summary = ResolveSteps.MessagesContaining(_bot, channel, "Post-mortem draft for INC-1 (v1)").Single();
        Assert.That(summary.BlocksJson, Does.Contain("postmortem_review_complete"));
    }

    [Test]
    public async Task ReopenAndResolveAgain_SecondDraftListsEachActionItemOnce()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        var channel = incident.ChannelId!;
        await _bot.Requests.CommandAsync("action Add a canary <@U2> p1", "U1", channel);
        await _bot.Requests.CommandAsync("action Write the runbook", "U1", channel);
        await ResolveSteps.ResolveAsync(_bot, incident);
        await ResolveSteps.WaitForFilesAsync(_bot, channel, 1);

        await _bot.Requests.CommandAsync("reopen", "U1", channel);
        await _bot.Requests.CommandAsync("action Add a canary <@U2> p1", "U1", channel);
        await ResolveSteps.ResolveAsync(_bot, incident, summary: "Fixed for good");
        var files = await ResolveSteps.WaitForFilesAsync(_bot, channel, 2);

        var second = ResolveSteps.Content(files[1]);
        Assert.That(files.Select(f => f.Title), Is.EqualTo(Titles));
        Assert.That(Rows(second, "Add a canary"), Is.EqualTo(1));
        Assert.That(Rows(second, "Write the runbook"), Is.EqualTo(1));
        Assert.That(second, Does.Contain("Resolution: Fixed for good"));
        Assert.That(second, Does.Contain("Reopened; back to investigating"));
    }

    [Test]
    public async Task PublishRetriedAndCompileRepeated_PostsSummaryAndUploadsFileOnce()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await ResolveSteps.ResolveAsync(_bot, incident);
        await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 1);

        await _bot.Database.InTransactionAsync(async tx =>
        {
            var outbox = _bot.Services.GetRequiredServiceOf<OutboxStore>();
            var now = TimeProvider.System.GetUtcNow();
            await outbox.EnqueueAsync(tx, ResolutionWorkKinds.CompilePostmortem, incident.Id, "resolve-1", now);
            await outbox.EnqueueAsync(tx, ResolutionWorkKinds.PublishPostmortem, incident.Id, "1", now);
        });
        _bot.Services.GetRequiredServiceOf<IncidentBot.Work.WorkSignal>().Notify();
        await Task.Delay(1500);
        await _bot.WaitForIdleAsync();

        Assert.That(ResolveSteps.FilesIn(_bot, incident.ChannelId!), Has.Count.EqualTo(1));
        Assert.That(ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, "Post-mortem draft for INC-1"), Has.Count.EqualTo(1));
        Assert.That((await _bot.Services.GetRequiredServiceOf<PostmortemStore>().LatestAsync(incident.Id))!.Version, Is.EqualTo(1));
    }

    [Test]
    public async Task Compile_CutShortByARestart_IsPublishedOnceAfterIt()
    {
        var settings = ResolveSteps.Settings(("IncidentBot:TimeZone", "Europe/Berlin"));
        var incident = await ResolveSteps.DeclareAsync(_bot);
        _bot.Slack.Faults.Enqueue("users.info", Fault.HoldResponse(TimeSpan.FromSeconds(30)));
        await ResolveSteps.ResolveAsync(_bot, incident);
        await Eventually.TrueAsync(() => Task.FromResult(_bot.Slack.Faults.Held("users.info") > 0), TimeSpan.FromSeconds(10),
            "the compile to be asking Slack for names");

        _bot = await _bot.RestartAsync(settings);

        var file = (await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 1)).Single();
        Assert.That(ResolveSteps.Content(file), Does.Contain("# Post-mortem: Checkout is failing (INC-1)").And.Contain("IC: @Alice Able"));
        await _bot.WaitForIdleAsync();
        Assert.That(ResolveSteps.FilesIn(_bot, incident.ChannelId!), Has.Count.EqualTo(1));
        Assert.That(ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, "Post-mortem draft for INC-1"), Has.Count.EqualTo(1));
        Assert.That((await _bot.Services.GetRequiredServiceOf<PostmortemStore>().LatestAsync(incident.Id))!.Version, Is.EqualTo(1));
    }

    [Test]
    public async Task PostmortemCommand_AfterResolve_RecompilesAndRepostsAsNextVersion()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        await ResolveSteps.ResolveAsync(_bot, incident, options: ["impact_confirmed"]);
        await _bot.WaitForIdleAsync();
        Assert.That(ResolveSteps.FilesIn(_bot, incident.ChannelId!), Is.Empty, "no post-mortem was asked for at resolution");

        var answer = await _bot.Requests.CommandAsync("postmortem", "U2", incident.ChannelId!);
        var file = (await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 1)).Single();

        Assert.That(answer.Text, Does.Contain("Started the post-mortem for INC-1"));
        Assert.That(ResolveSteps.Content(file), Does.StartWith("# Post-mortem: Checkout is failing (INC-1)"));
    }

    [Test]
    public async Task PostmortemCommand_AfterANote_NewVersionAndItsMessageSayWhatChanged()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        var channel = incident.ChannelId!;
        await ResolveSteps.ResolveAsync(_bot, incident);
        await ResolveSteps.WaitForFilesAsync(_bot, channel, 1);

        await _bot.Requests.CommandAsync("note The card processor's config had no canary", "U1", channel);
        await _bot.Requests.CommandAsync("postmortem", "U1", channel);
        var files = await ResolveSteps.WaitForFilesAsync(_bot, channel, 2);

        var second = ResolveSteps.Content(files.Single(f => f.Title == Titles[1]));
        Assert.That(second, Does.StartWith("# Post-mortem: Checkout is failing (INC-1)\n\n_Changed since version 1: Timeline._\n"));
        Assert.That(ResolveSteps.Content(files.Single(f => f.Title == Titles[0])), Does.Not.Contain("Changed since"));
        var message = ResolveSteps.MessagesContaining(_bot, channel, "Post-mortem draft for INC-1 (v2)").Single();
        Assert.That(message.Visible(), Does.Contain("Changed since version 1: Timeline."));
    }

    [Test]
    public async Task PostmortemCommand_WhileOpen_ExplainsAndCompilesNothing()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);

        var answer = await _bot.Requests.CommandAsync("postmortem", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("INC-1 is still open").And.Contain("/incident resolve"));
        Assert.That(_bot.Slack.State.Files, Is.Empty);
    }

    [Test]
    public async Task Resolve_RussianWorkspace_FileSummaryAndButtonAreInRussian()
    {
        _bot = await _bot.RestartAsync(ResolveSteps.Settings(("IncidentBot:TimeZone", "Europe/Berlin"), ("IncidentBot:Language", "ru")));
        var incident = await ResolveSteps.DeclareAsync(_bot);
        var channel = incident.ChannelId!;

        await ResolveSteps.ResolveAsync(_bot, incident);
        var file = (await ResolveSteps.WaitForFilesAsync(_bot, channel, 1)).Single();

        var markdown = ResolveSteps.Content(file);
        Assert.That(file.Filename, Is.EqualTo("INC-1-postmortem.md"), "the file name stays Latin");
        Assert.That(file.Title, Is.EqualTo("INC-1: черновик пост-мортема (версия 1)"));
        Assert.That(file.InitialComment, Does.Contain("INC-1: черновик пост-мортема, версия 1."));
        Assert.That(Headings(markdown), Is.EqualTo(new[]
        {
            "# Пост-мортем: Checkout is failing (INC-1)", "## Краткое изложение", "## Влияние", "## Ключевые моменты",
            "## Таймлайн (UTC, Europe/Berlin)", "## Первопричина", "## Пять почему", "## Решение", "## Что прошло хорошо",
            "## Что можно улучшить", "## Задачи", "## Предотвращение", "## Выводы", "## Связанные инциденты",
        }));
        Assert.That(Headings(markdown).Intersect(Outline), Is.Empty);
        Assert.That(markdown, Does.Contain("**Участники**: @Alice Able").And.Contain("**Роли**: Командир инцидента: @Alice Able"));
        Assert.That(markdown, Does.Contain("## Решение\n\nRolled back config v2\n"));
        var summary = ResolveSteps.MessagesContaining(_bot, channel, "Черновик пост-мортема INC-1 (версия 1) готов").Single();
        Assert.That(summary.Visible(), Does.Contain("Первопричина").And.Contain("Разбор завершён").And.Not.Contain("Review complete"));
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Where(e => e.Kind == TimelineKind.PostmortemStarted).Select(e => e.Text), Has.All.EqualTo("Пост-мортем начат"));
    }

    private static List<string> Headings(string markdown) => markdown.Split('\n').Where(l => l.StartsWith('#')).ToList();

    private static int Rows(string markdown, string text) =>
        markdown.Split('\n').Count(l => ActionRow().IsMatch(l) && l.Contains(text, StringComparison.Ordinal));

    [GeneratedRegex(@"^\| \d+ \| ")]
    private static partial Regex ActionRow();
}
