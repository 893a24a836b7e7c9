using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// Jira and Confluence end to end, one bot for the fixture against the fake Slack, the fake Jira and the fake
/// Confluence: an action item of an automatic priority is filed and its key shown; closing the ticket in Jira marks the
/// item done; completing the post-mortem review publishes the page, a later version updates the same page, and the link
/// is posted in the channel. Each test declares its own incident.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class TicketTests
{
    private BotHarness _bot = null!;
    private FakeJira _jira = null!;
    private FakeConfluence _confluence = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _jira = await FakeJira.StartAsync();
        _confluence = await FakeConfluence.StartAsync();
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(
            ("IncidentBot:Jira:BaseUrl", _jira.BaseUrl.ToString()),
            ("IncidentBot:Jira:Email", FakeJira.Email),
            ("IncidentBot:Jira:ApiToken", FakeJira.Token),
            ("IncidentBot:Jira:Project", FakeJira.Project),
            ("IncidentBot:Jira:AutoPriorities", "p0,p1"),
            ("IncidentBot:Jira:PollEvery", "00:00:01"),
            ("IncidentBot:Confluence:BaseUrl", _confluence.BaseUrl.ToString()),
            ("IncidentBot:Confluence:Email", FakeConfluence.Email),
            ("IncidentBot:Confluence:ApiToken", FakeConfluence.Token),
            ("IncidentBot:Confluence:SpaceKey", FakeConfluence.Space)));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _bot.DisposeAsync();
        await _jira.DisposeAsync();
        await _confluence.DisposeAsync();
    }

    [Test]
    public async Task ActionItemOfAnAutomaticPriority_IsFiledInJira_AndItsKeyShowsInTheChannelAndTheList()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Payments are timing out");
        var channel = incident.ChannelId!;
        await _bot.Requests.CommandAsync("action Add a canary for config pushes p1", "U1", channel);
        await _bot.Requests.CommandAsync("action Tidy the dashboard p3", "U1", channel);
        var item = await FiledAsync(incident, 1);

        var issue = _jira.Issues[item.TicketKey!];
        Assert.That((string?)issue["fields"]!["summary"], Is.EqualTo($"{incident.Reference} action item #1: Add a canary for config pushes"));
        Assert.That(issue["fields"]!["description"]!.ToJsonString(), Does.Contain("Payments are timing out").And.Contain($"channel={channel}"));
        Assert.That(_jira.Refused, Is.Empty);
        Assert.That(item.TicketUrl, Is.EqualTo(new Uri(_jira.BaseUrl, $"browse/{item.TicketKey}").ToString()));
        Assert.That(ResolveSteps.MessagesContaining(_bot, channel, $"is filed in Jira as <{item.TicketUrl}|{item.TicketKey}>"), Has.Count.EqualTo(1));
        Assert.That(_jira.Issues.Values.Select(i => (string?)i["fields"]!["summary"]), Has.None.Contains("Tidy the dashboard"), "P3 is not filed automatically");

        var list = await _bot.Requests.CommandAsync("actions", "U1", channel);
        Assert.That(MessageText.Of(list.Json!["blocks"]!.ToJsonString()), Does.Contain($"ticket <{item.TicketUrl}|{item.TicketKey}>"));
    }

    [Test]
    public async Task ItemOfAnotherPriority_IsAnsweredWithAFileTicketButton_ThatFilesIt()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Invoices are sent twice");
        var channel = incident.ChannelId!;
        var added = await _bot.Requests.CommandAsync("action Deduplicate invoice sends p2", "U1", channel);
        var button = SoleButton(added.Json);
        Assert.That((string?)button["action_id"], Is.EqualTo("action_file_ticket"));
        await _bot.WaitForIdleAsync();
        Assert.That((await Item(incident, 1)).TicketKey, Is.Null, "P2 waits for the button");

        await _bot.Requests.InteractionAsync(BlockAction("U1", channel, "action_file_ticket", (string)button["value"]!));
        var item = await FiledAsync(incident, 1);

        Assert.That((string?)_jira.Issues[item.TicketKey!]["fields"]!["summary"], Does.EndWith("Deduplicate invoice sends"));
        Assert.That(ResolveSteps.NoticesTo(_bot, "U1"), Does.Contain("Action item #1 will be filed in Jira"));
        await _bot.Requests.InteractionAsync(BlockAction("U1", channel, "action_file_ticket", (string)button["value"]!));
        await _bot.WaitForIdleAsync();
        Assert.That(ResolveSteps.NoticesTo(_bot, "U1"), Does.Contain("Action item #1 is not filed again"));
        Assert.That(_jira.Issues.Values.Count(i => ((string?)i["fields"]!["summary"])!.EndsWith("Deduplicate invoice sends", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public async Task JiraFailingFirst_TheItemIsFiledOnceWhenItAnswers_AndThePostmortemListsTheTicket()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Emails are delayed");
        _jira.FailNext(503);
        await _bot.Requests.CommandAsync("action Alert on queue depth p1", "U1", incident.ChannelId!);
        var item = await FiledAsync(incident, 1);
        Assert.That(_jira.Issues.Values.Count(i => ((string?)i["fields"]!["summary"])!.EndsWith("Alert on queue depth", StringComparison.Ordinal)), Is.EqualTo(1));

        await ResolveSteps.ResolveAsync(_bot, incident);
        var file = (await ResolveSteps.WaitForFilesAsync(_bot, incident.ChannelId!, 1))[^1];

        Assert.That(ResolveSteps.Content(file), Does.Contain($"[{item.TicketKey}]({item.TicketUrl})"));
    }

    [TestCase(0, TestName = "JiraCreatingTheIssueButDroppingTheConnection_TheRetryFindsIt_OneIssueAndItsKeyShownOnce")]
    [TestCase(500, TestName = "JiraCreatingTheIssueButAnswering500_TheRetryFindsIt_OneIssueAndItsKeyShownOnce")]
    public async Task JiraCreatingTheIssueButItsAnswerLost_TheRetryFindsIt_OneIssueAndItsKeyShownOnce(int answer)
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Refunds: stuck (again)");
        if (answer == 0)
        {
            _jira.LoseNextAnswer(afterCreating: true);
        }
        else
        {
            _jira.FailNextAfterCreating(answer);
        }

        var searches = _jira.Searches;
        await _bot.Requests.CommandAsync("action Page the on-call [billing] when refunds queue > 100? p1", "U1", incident.ChannelId!);
        var item = await FiledAsync(incident, 1);

        var ours = _jira.Issues.Where(i => ((string?)i.Value["fields"]!["summary"])!.StartsWith($"{incident.Reference} action item #1:", StringComparison.Ordinal)).ToList();
        Assert.That(ours.Select(i => i.Key), Is.EqualTo(new[] { item.TicketKey }), "the issue created before the answer was lost, and no other");
        Assert.That(_jira.Searches, Is.GreaterThan(searches), "the retry looked the issue up");
        Assert.That(_jira.Refused, Is.Empty);
        Assert.That(ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, $"is filed in Jira as <{item.TicketUrl}|{item.TicketKey}>"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task JiraConnectionLostBeforeCreating_TheRetryFindsNothing_AndCreatesTheIssueOnce()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Webhooks are dropped");
        _jira.LoseNextAnswer(afterCreating: false);
        var searches = _jira.Searches;
        await _bot.Requests.CommandAsync("action Retry webhooks from a durable queue p0", "U1", incident.ChannelId!);
        var item = await FiledAsync(incident, 1);

        var ours = _jira.Issues.Where(i => ((string?)i.Value["fields"]!["summary"])!.StartsWith($"{incident.Reference} action item #1:", StringComparison.Ordinal)).ToList();
        Assert.That(ours.Select(i => i.Key), Is.EqualTo(new[] { item.TicketKey }));
        Assert.That(_jira.Searches, Is.GreaterThan(searches), "the retry looked first");
        Assert.That(ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, $"is filed in Jira as <{item.TicketUrl}|{item.TicketKey}>"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task JiraRefusingTheFirstFiling_TheFileTicketButtonFilesTheItemAgain()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Exports time out");
        var channel = incident.ChannelId!;
        var added = await _bot.Requests.CommandAsync("action Stream exports instead of buffering p2", "U1", channel);
        var value = (string)SoleButton(added.Json)["value"]!;
        _jira.FailNext(400);
        await _bot.Requests.InteractionAsync(BlockAction("U1", channel, "action_file_ticket", value));
        await _bot.WaitForIdleAsync();
        Assert.That((await Item(incident, 1)).TicketKey, Is.Null, "Jira refused the first filing");
        int Notices(string text) => _bot.Slack.State.Ephemerals.Count(e => e.User == "U1" && e.Text.Contains(text, StringComparison.Ordinal));
        var (queued, refused) = (Notices("Action item #1 will be filed in Jira"), Notices("Action item #1 is not filed again"));

        await _bot.Requests.InteractionAsync(BlockAction("U1", channel, "action_file_ticket", value));
        var item = await FiledAsync(incident, 1);

        Assert.That(_jira.Issues.Values.Count(i => ((string?)i["fields"]!["summary"])!.StartsWith($"{incident.Reference} action item #1:", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That((Notices("Action item #1 will be filed in Jira"), Notices("Action item #1 is not filed again")), Is.EqualTo((queued + 1, refused)));
        Assert.That(ResolveSteps.MessagesContaining(_bot, channel, $"is filed in Jira as <{item.TicketUrl}|{item.TicketKey}>"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task TicketClosedInJira_MarksTheItemDoneHere_WithATimelineEntry()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search results are stale");
        await _bot.Requests.CommandAsync("action Reindex nightly p0", "U1", incident.ChannelId!);
        var item = await FiledAsync(incident, 1);
        Assert.That(item.IsOpen, Is.True);

        _jira.Close(item.TicketKey!);

        await Eventually.TrueAsync(async () => (await Item(incident, 1)).State == ActionItemState.Done, TimeSpan.FromSeconds(10), "the item marked done");
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Where(e => e.Kind == TimelineKind.ActionDone).Select(e => e.Text),
            Is.EqualTo(new[] { $"Action item #1 done: {item.TicketKey} was closed in Jira" }));
    }

    [Test]
    public async Task PrivateIncident_ItsItemsAreNeverFiled()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 --private Payroll export leaked");
        await _bot.Requests.CommandAsync("action Rotate the export keys p0", "U1", incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That((await Item(incident, 1)).TicketKey, Is.Null);
        Assert.That(_jira.Issues.Values.Select(i => i.ToJsonString()), Has.None.Contains("export keys"));
    }

    [Test]
    public async Task ReviewComplete_PublishesThePostmortemPage_ALaterVersionUpdatesIt_AndTheLinkIsPostedInTheChannel()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Login page returns 502");
        var channel = incident.ChannelId!;
        await ResolveSteps.ResolveAsync(_bot, incident);
        await ResolveSteps.WaitForFilesAsync(_bot, channel, 1);
        Assert.That(Page(incident), Is.Null, "nothing is published before the review is complete");

        await _bot.Requests.InteractionAsync(BlockAction("U1", channel, "postmortem_review_complete", incident.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await Eventually.TrueAsync(() => Page(incident) is not null, TimeSpan.FromSeconds(10), "the Confluence page");
        await _bot.WaitForIdleAsync();

        var page = Page(incident)!;
        Assert.That(page.Storage, Does.Contain("<h1").And.Contain("Login page returns 502"));
        var url = new Uri(_confluence.BaseUrl, $"wiki/pages/viewpage.action?pageId={page.Id}").ToString();
        Assert.That(ResolveSteps.MessagesContaining(_bot, channel, $"is published in Confluence: <{url}|"), Has.Count.EqualTo(1));

        await _bot.Requests.CommandAsync("postmortem", "U1", channel);
        await Eventually.TrueAsync(() => Page(incident) is { Version: 2 }, TimeSpan.FromSeconds(10), "the page's second version");
        await _bot.WaitForIdleAsync();
        Assert.That(_confluence.Pages.Count(p => p.Title == page.Title), Is.EqualTo(1), "the same page, updated");
        Assert.That(ResolveSteps.MessagesContaining(_bot, channel, "now holds version 2"), Has.Count.EqualTo(1));
        Assert.That(_confluence.Refused, Is.Empty);
    }

    private FakeConfluence.Page? Page(Incident incident) =>
        _confluence.Pages.SingleOrDefault(p => p.Title.StartsWith($"Post-mortem {incident.Reference}:", StringComparison.Ordinal));

    private async Task<ActionItem> Item(Incident incident, int number) =>
        (await _bot.Services.GetRequiredServiceOf<ActionItemStore>().ListAsync(incident.Id)).Single(i => i.Number == number);

    private async Task<ActionItem> FiledAsync(Incident incident, int number)
    {
        await Eventually.TrueAsync(async () => (await Item(incident, number)).TicketKey is not null, TimeSpan.FromSeconds(10), "the Jira ticket");
        await _bot.WaitForIdleAsync();
        return await Item(incident, number);
    }
}
