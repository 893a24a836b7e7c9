using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Oncall;
using IncidentBot.Core.Storage;
using IncidentBot.Oncall;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// Paging on declare: the rotation's primary is DMed with Acknowledge / Can't take it and mentioned in the channel; no
/// acknowledgement within the ack window pages the secondary; acknowledging makes them IC; MTTA is recorded.
/// </summary>
[TestFixture]
public sealed class OncallPagingTests
{
    private BotHarness? _bot;

    [TearDown]
    public async Task StopAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    [Test]
    public async Task DeclareForm_SeverityWithARotation_PreselectsItAndLeavesIAmTheIcUnticked()
    {
        _bot = await BotHarness.StartAsync(PagingSteps.Settings("00:05:00"));

        await _bot.Requests.CommandAsync("declare sev1", "U1");

        var blocks = JsonNode.Parse(_bot.Slack.State.Views.Single().Json)!["blocks"]!.AsArray();
        var picker = blocks.Single(b => (string?)b!["block_id"] == RotationField.Block)!;
        Assert.That((string?)picker["element"]!["initial_option"]!["value"], Is.EqualTo("platform"));
        Assert.That(blocks.Single(b => (string?)b!["block_id"] == "options")!["element"]!["initial_options"], Is.Null);
    }

    [Test]
    public async Task Declare_NoAcknowledgement_PagesTheSecondaryWhenTheWindowEndsWhoAcknowledgesAndBecomesIc()
    {
        _bot = await BotHarness.StartAsync(PagingSteps.Settings("00:00:03"));

        var incident = await PagingSteps.DeclareAsync(_bot);
        await PagingSteps.WaitForPageAsync(_bot, "U2");
        var primaryPage = PagingSteps.Pages(_bot, "U2").Single();
        Assert.That(primaryPage.Visible(), Does.Contain("You are paged to *INC-1* (SEV1").And.Contain("on call for `platform`")
            .And.Contain("Checkout is failing").And.Contain("Acknowledge").And.Contain("Can't take it"));
        await Eventually.TrueAsync(() => _bot.Slack.State.Messages(incident.ChannelId!).Any(m => m.Text.Contains("<@U2> paged, on call for `platform`", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(10), "the page mentioned in the channel");

        await PagingSteps.WaitForPageAsync(_bot, "U3");
        var pages = await PagingSteps.PagesOfAsync(_bot, incident);
        Assert.That(pages.Select(p => (p.UserId, p.Position)), Is.EqualTo(new[] { ("U2", PagePosition.Primary), ("U3", PagePosition.Secondary) }));
        Assert.That((pages[1].PagedAt - pages[0].DueAt).Duration(), Is.LessThanOrEqualTo(TimeSpan.FromSeconds(1)), "the secondary is paged as the window ends");

        await PagingSteps.ClickAsync(_bot, "U3", PageMessage.AcknowledgeAction);
        await _bot.WaitForIdleAsync();

        var after = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetAsync(incident.Id))!;
        Assert.That(after.Commander, Is.EqualTo("U3"));
        Assert.That(_bot.Slack.State.Channel(incident.ChannelId!)!.HasMember("U3"), Is.True);
        var acked = (await PagingSteps.PagesOfAsync(_bot, incident))[1];
        Assert.That(acked.AckedAt, Is.Not.Null, "MTTA is declared → this acknowledgement");
        Assert.That(_bot.Slack.State.Ephemerals.Select(e => e.Text), Has.Some.Contains("you are the IC"));
        Assert.That(await PagingSteps.TimelineAsync(_bot, incident), Has.Some.StartsWith("Paged <@U2>, on call for `platform`")
            .And.Some.EqualTo("<@U2> did not acknowledge within 3 s").And.Some.StartsWith("Paged <@U3>, secondary for `platform`")
            .And.Some.StartsWith("<@U3> acknowledged the page after"));
    }

    [Test]
    public async Task DeclareCommand_SeverityWithARotation_PagesItsPrimaryWhoBecomesIcOnAcknowledging()
    {
        _bot = await BotHarness.StartAsync(PagingSteps.Settings("00:05:00"));

        var answer = await _bot.Requests.CommandAsync("declare sev1 Checkout is failing", "U1");
        Assert.That(answer.Text, Does.Contain("Declaring *INC-1*"));
        await PagingSteps.WaitForPageAsync(_bot, "U2");
        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Single();
        Assert.That(incident.Commander, Is.Null, "the IC comes from the page");

        await Eventually.TrueAsync(async () => (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetAsync(incident.Id))!.ChannelId is not null,
            TimeSpan.FromSeconds(20), "the incident's channel");
        await PagingSteps.ClickAsync(_bot, "U2", PageMessage.AcknowledgeAction);
        await _bot.WaitForIdleAsync();

        Assert.That((await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetAsync(incident.Id))!.Commander, Is.EqualTo("U2"));
    }

    [TestCase("declare sev1 --ic Checkout is failing", "U1")]
    [TestCase("declare sev1 Checkout is failing", "U2")]
    public async Task DeclareCommand_DeclarerSaysOrIsOnCall_IsIcAndNobodyIsPaged(string command, string declarer)
    {
        _bot = await BotHarness.StartAsync(PagingSteps.Settings("00:05:00"));

        await _bot.Requests.CommandAsync(command, declarer);
        await Eventually.TrueAsync(async () => (await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Any(i => i.ChannelId is not null),
            TimeSpan.FromSeconds(20), "the incident's channel");
        await _bot.WaitForIdleAsync();

        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync()).Single();
        Assert.That(incident.Commander, Is.EqualTo(declarer));
        Assert.That(incident.Title, Is.EqualTo("Checkout is failing"), "the flag is not part of the title");
        Assert.That(await PagingSteps.PagesOfAsync(_bot, incident), Is.Empty);
    }

    [Test]
    public async Task CantTakeIt_PagesTheNextAtOnce_AndNobodyElseCanAnswerThePage()
    {
        _bot = await BotHarness.StartAsync(PagingSteps.Settings("00:05:00"));
        var incident = await PagingSteps.DeclareAsync(_bot);
        await PagingSteps.WaitForPageAsync(_bot, "U2");

        var first = (await PagingSteps.PagesOfAsync(_bot, incident))[0];
        var someoneElse = await _bot.Services.GetRequiredServiceOf<PagingService>().AcknowledgeAsync(first.Id, "U1");
        await PagingSteps.ClickAsync(_bot, "U2", PageMessage.DeclineAction);

        await PagingSteps.WaitForPageAsync(_bot, "U3", seconds: 10);
        await _bot.WaitForIdleAsync();
        Assert.That(someoneElse.Kind, Is.EqualTo(PageAnswerKind.NotYours));
        Assert.That(_bot.Slack.State.Ephemerals.Select(e => e.Text), Has.Some.Contains("Noted: the next person is being paged"));
        var pages = await PagingSteps.PagesOfAsync(_bot, incident);
        Assert.That(pages[0].DeclinedAt, Is.Not.Null);
        Assert.That(pages[0].AckedAt, Is.Null, "U1's click changed nothing");
        Assert.That(await PagingSteps.TimelineAsync(_bot, incident), Has.Some.EqualTo("<@U2> can't take the page"));
        Assert.That((await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetAsync(incident.Id))!.Commander, Is.Null);
    }

    [Test]
    public async Task AckWindow_EndingWhileTheBotIsDown_PagesTheSecondaryOnceAtStart()
    {
        var settings = PagingSteps.Settings("00:00:04");
        _bot = await BotHarness.StartAsync(settings);
        var incident = await PagingSteps.DeclareAsync(_bot);
        await PagingSteps.WaitForPageAsync(_bot, "U2");
        var due = (await PagingSteps.PagesOfAsync(_bot, incident))[0].DueAt;
        await _bot.StopAsync();

        // The window has to end while the bot is down: real time must pass, there is no clock to drive.
        var wait = due - TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(1);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        Assert.That(PagingSteps.Pages(_bot, "U3"), Is.Empty, "nobody paged the secondary while the bot was down");
        _bot = await BotHarness.StartAsync(settings, _bot.Slack, _bot.DatabasePath);
        await PagingSteps.WaitForPageAsync(_bot, "U3");
        await _bot.WaitForIdleAsync();

        Assert.That(PagingSteps.Pages(_bot, "U3"), Has.Count.EqualTo(1));
        Assert.That((await PagingSteps.PagesOfAsync(_bot, incident)).Count(p => p.UserId == "U3"), Is.EqualTo(1));
    }

    [Test]
    public async Task SecondaryAcknowledges_StatsAndThePostmortemShowMttaAndTheUnansweredPage()
    {
        _bot = await BotHarness.StartAsync(PagingSteps.Settings("00:00:02"));
        var incident = await PagingSteps.DeclareAsync(_bot);
        await PagingSteps.WaitForPageAsync(_bot, "U3");
        await PagingSteps.ClickAsync(_bot, "U3", PageMessage.AcknowledgeAction);
        await _bot.WaitForIdleAsync();
        var acked = (await PagingSteps.PagesOfAsync(_bot, incident))[1].AckedAt!.Value;

        var report = await _bot.Services.GetRequiredServiceOf<Core.Metrics.MetricsService>().ReportAsync(30);
        var stats = await _bot.Requests.CommandAsync("stats", "U1");

        Assert.That(report.Overall.Mtta, Is.EqualTo(acked - incident.DeclaredAt).Within(TimeSpan.FromMilliseconds(1)));
        Assert.That((report.Pages, report.PagesUnanswered), Is.EqualTo((2, 1)));
        Assert.That(stats.Json!.ToJsonString(), Does.Contain("Pages not acknowledged within their ack window: 1 of 2"));
        await ResolveSteps.ResolveAsync(_bot, (await ResolveSteps.ReloadAsync(_bot, incident)), user: "U3");
        var draft = ResolveSteps.Content((await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 1))[^1]);
        Assert.That(draft, Does.Contain("| Time to acknowledge (first page acknowledged) |").And.Contain("| Pages not acknowledged in time | 1 of 2 |"));
    }
}
