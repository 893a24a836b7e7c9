using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.Integrations;

/// <summary>
/// Linear end to end, one bot for the fixture against the fake Slack and the fake Linear: an action item of an
/// automatic priority is filed as a Linear issue and its identifier shown where tickets show (the channel line, the
/// action list); another priority gets the File ticket button; completing or canceling the issue in Linear marks the
/// item done; Linear's rate limit is waited out without a second issue. Each test declares its own incident.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class LinearTicketTests
{
    private BotHarness _bot = null!;
    private FakeLinear _linear = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _linear = await FakeLinear.StartAsync();
        _bot = await BotHarness.StartAsync(ResolveSteps.Settings(
            ("IncidentBot:Linear:BaseUrl", _linear.Endpoint.ToString()),
            ("IncidentBot:Linear:ApiKey", FakeLinear.ApiKey),
            ("IncidentBot:Linear:TeamId", FakeLinear.TeamId),
            ("IncidentBot:Linear:AutoPriorities", "p0,p1"),
            ("IncidentBot:Linear:PollEvery", "00:00:01")));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _bot.DisposeAsync();
        await _linear.DisposeAsync();
    }

    [Test]
    public async Task ActionItemOfAnAutomaticPriority_IsFiledInLinear_AndItsIdentifierShowsInTheChannelAndTheList()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Payments are timing out");
        var channel = incident.ChannelId!;
        await _bot.Requests.CommandAsync("action Add a canary for config pushes p1", "U1", channel);
        var item = await FiledAsync(incident, 1);

        Assert.That(item.TicketKey, Does.Match("^ENG-[0-9]+$"));
        var input = _linear.Issues[item.TicketKey!];
        Assert.That((string?)input["title"], Is.EqualTo($"{incident.Reference} action item #1: Add a canary for config pushes"));
        Assert.That((string?)input["description"], Does.Contain("Payments are timing out").And.Contain($"channel={channel})"));
        Assert.That(_linear.Refused, Is.Empty);
        Assert.That(item.TicketUrl, Is.EqualTo($"https://linear.app/example/issue/{item.TicketKey}/issue"));
        Assert.That(ResolveSteps.MessagesContaining(_bot, channel, $"is filed in Linear as <{item.TicketUrl}|{item.TicketKey}>"), Has.Count.EqualTo(1));

        var list = await _bot.Requests.CommandAsync("actions", "U1", channel);
        Assert.That(MessageText.Of(list.Json!["blocks"]!.ToJsonString()), Does.Contain($"ticket <{item.TicketUrl}|{item.TicketKey}>"));
        var calls = await _bot.Services.GetRequiredServiceOf<IntegrationCallStore>().LastCallsAsync();
        Assert.That(calls.GetValueOrDefault("linear")?.Succeeded, Is.True, "the call is recorded for /incident integrations");
    }

    [Test]
    public async Task ItemOfAnotherPriority_FileTicketButton_FilesItInLinear()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Invoices are sent twice");
        var channel = incident.ChannelId!;
        var added = await _bot.Requests.CommandAsync("action Deduplicate invoice sends p2", "U1", channel);
        var button = SoleButton(added.Json);
        await _bot.WaitForIdleAsync();
        Assert.That((await Item(incident, 1)).TicketKey, Is.Null, "P2 waits for the button");

        await _bot.Requests.InteractionAsync(BlockAction("U1", channel, "action_file_ticket", (string)button["value"]!));
        var item = await FiledAsync(incident, 1);

        Assert.That((int?)_linear.Issues[item.TicketKey!]["priority"], Is.EqualTo(3));
        Assert.That(ResolveSteps.NoticesTo(_bot, "U1"), Does.Contain("Action item #1 will be filed in Linear"));
    }

    [Test]
    public async Task LinearRefusingTheFirstFiling_TheFileTicketButtonFilesTheItemAgain()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Refunds are delayed");
        var channel = incident.ChannelId!;
        var added = await _bot.Requests.CommandAsync("action Alert on refund queue age p2", "U1", channel);
        var value = (string)SoleButton(added.Json)["value"]!;
        int Queued() => _bot.Slack.State.Ephemerals.Count(e => e.User == "U1" && e.Text.Contains("Action item #1 will be filed in Linear", StringComparison.Ordinal));
        var before = Queued();
        _linear.RefuseNext();
        await _bot.Requests.InteractionAsync(BlockAction("U1", channel, "action_file_ticket", value));
        await _bot.WaitForIdleAsync();
        Assert.That((await Item(incident, 1)).TicketKey, Is.Null, "Linear refused the first filing");

        await _bot.Requests.InteractionAsync(BlockAction("U1", channel, "action_file_ticket", value));
        var item = await FiledAsync(incident, 1);

        Assert.That(_linear.Issues.Values.Count(i => ((string?)i["title"])!.EndsWith("Alert on refund queue age", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(Queued() - before, Is.EqualTo(2), "both presses are taken, none answered with \"not filed again\"");
        Assert.That(ResolveSteps.MessagesContaining(_bot, channel, $"is filed in Linear as <{item.TicketUrl}|{item.TicketKey}>"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task IssueCompletedInLinear_MarksTheItemDoneHere_AfterARateLimitFiledOnce()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Search results are stale");
        _linear.RateLimitNext();
        await _bot.Requests.CommandAsync("action Reindex nightly p0", "U1", incident.ChannelId!);
        var item = await FiledAsync(incident, 1);
        Assert.That(_linear.Issues.Values.Count(i => ((string?)i["title"])!.EndsWith("Reindex nightly", StringComparison.Ordinal)), Is.EqualTo(1));
        await _bot.WaitForIdleAsync();
        Assert.That((await Item(incident, 1)).IsOpen, Is.True, "an unstarted issue leaves the item open");

        _linear.MoveTo(item.TicketKey!, "completed");

        await Eventually.TrueAsync(async () => (await Item(incident, 1)).State == ActionItemState.Done, TimeSpan.FromSeconds(10), "the item marked done");
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(incident.Id);
        Assert.That(timeline.Where(e => e.Kind == TimelineKind.ActionDone).Select(e => e.Text),
            Is.EqualTo(new[] { $"Action item #1 done: {item.TicketKey} was completed or canceled in Linear" }));
    }

    [Test]
    public async Task AnswerLostAfterLinearCreatedTheIssue_TheRetryTakesItOver_NeverASecondIssue()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Webhooks are dropped");
        _linear.DropAnswerNext();
        await _bot.Requests.CommandAsync("action Replay dropped webhooks p1", "U1", incident.ChannelId!);
        var item = await FiledAsync(incident, 1);

        Assert.That(_linear.Issues.Values.Count(i => ((string?)i["title"])!.EndsWith("Replay dropped webhooks", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That((string?)_linear.Issues[item.TicketKey!]["title"], Does.EndWith("Replay dropped webhooks"));
        Assert.That(ResolveSteps.MessagesContaining(_bot, incident.ChannelId!, $"is filed in Linear as <{item.TicketUrl}|{item.TicketKey}>"), Has.Count.EqualTo(1));
    }

    private async Task<ActionItem> Item(Incident incident, int number) =>
        (await _bot.Services.GetRequiredServiceOf<ActionItemStore>().ListAsync(incident.Id)).Single(i => i.Number == number);

    private async Task<ActionItem> FiledAsync(Incident incident, int number)
    {
        await Eventually.TrueAsync(async () => (await Item(incident, number)).TicketKey is not null, TimeSpan.FromSeconds(10), "the Linear issue");
        await _bot.WaitForIdleAsync();
        return await Item(incident, number);
    }
}
