using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Slack.Api;
using IncidentBot.Tests.Reliability;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// Channel creation under Slack's limits: the workspace is searched for a channel an earlier attempt may have made only
/// when that attempt's outcome is unknown, never after Slack answered; a limited create waits its Retry-After in the queue
/// while the declarer is told and the headline goes out.
/// </summary>
[TestFixture]
public sealed class ChannelLimitTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    private IReadOnlyList<RecordedCall> Lists => _bot.Slack.CallsTo("conversations.list");

    [Test]
    public async Task Declare_WhenCreateIsRateLimited_TellsTheDeclarerOnceAndAgainWhenTheChannelIsReady()
    {
        _bot.Slack.Faults.Enqueue("conversations.create", Fault.RateLimited(3));

        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing");
        var responseUrl = _bot.Requests.LastResponseUrl!;
        await _bot.WaitForIdleAsync();

        var creates = _bot.Slack.CallsTo("conversations.create");
        Assert.That(creates, Has.Count.EqualTo(2));
        Assert.That(creates[1].At - creates[0].At, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(2.95)), "waited the Retry-After");
        var channel = SlackAudit.IncidentChannels(_bot.Slack).Single();
        var notices = _bot.Slack.ResponseUrlPosts(responseUrl).Select(n => n.Text).ToList();
        Assert.That(notices, Has.Count.EqualTo(2), string.Join("\n", notices));
        Assert.That(notices[0], Does.Contain("Slack is limiting channel creation; INC-1's channel will be ready in about 3 s"));
        Assert.That(notices[1], Does.Contain($"<#{channel.Id}>"));
        var headline = _bot.Slack.CallsTo("chat.postMessage").First(c => c.Args["channel"] == BotHarness.FeedChannel);
        Assert.That(headline.At, Is.LessThan(creates[1].At), "the headline did not wait for the channel");
        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1))!;
        SlackAudit.AssertProvisionedOnce(_bot.Slack, incident, "headline rewritten to name the channel");
        Assert.That(Lists, Is.Empty, "Slack answered: no channel to look for");
    }

    [Test]
    public async Task Declares_WhileCreateIsHeldBackByALimit_CreateWithoutSearching()
    {
        _bot.Slack.Faults.Enqueue("conversations.create", Fault.RateLimited(3));

        await _bot.Requests.CommandAsync("declare sev2 Search is slow");
        await Eventually.TrueAsync(() => _bot.Slack.CallsTo("conversations.create").Count == 1, TimeSpan.FromSeconds(10), "the limited create");
        await _bot.Requests.CommandAsync("declare sev2 Login is slow");
        await _bot.Requests.CommandAsync("declare sev2 Email is slow");
        await _bot.WaitForIdleAsync(TimeSpan.FromSeconds(30));

        Assert.That(SlackAudit.IncidentChannels(_bot.Slack), Has.Count.EqualTo(3));
        Assert.That(_bot.Slack.CallsTo("conversations.create").Count(c => c.Error is null), Is.EqualTo(3));
        Assert.That(Lists, Is.Empty);
    }

    [TestCase("service_unavailable")]
    [TestCase("request_timeout")]
    [TestCase("ratelimited")]
    public async Task Declare_WhenSlackAnswersCreateWithAnError_RetriesWithoutSearching(string error)
    {
        _bot.Slack.Faults.Enqueue("conversations.create", Fault.SlackError(error));

        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing");
        await _bot.WaitForIdleAsync(TimeSpan.FromSeconds(30));

        Assert.That(_bot.Slack.CallsTo("conversations.create"), Has.Count.EqualTo(2));
        Assert.That(SlackAudit.IncidentChannels(_bot.Slack), Has.Count.EqualTo(1));
        Assert.That(Lists, Is.Empty);
    }

    [TestCase(false, "public_channel")]
    [TestCase(true, "private_channel")]
    public async Task Declare_WhenCreateTimesOut_SearchesLiveChannelsOfItsKindUpToTheMatch(bool isPrivate, string types)
    {
        await _bot.DisposeAsync();
        _bot = await BotHarness.StartAsync(services: s => s.Configure<SlackApiOptions>(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300)));
        _bot.Slack.AddChannels(1500, "before-");
        _bot.Slack.Faults.Enqueue("conversations.create", Fault.HoldResponse(TimeSpan.FromSeconds(1)));

        await _bot.Requests.CommandAsync($"declare sev1 {(isPrivate ? "--private " : "")}Checkout is failing");
        await Eventually.TrueAsync(() => _bot.Slack.Faults.Held("conversations.create") == 1, TimeSpan.FromSeconds(10), "Slack to make the channel");
        _bot.Slack.AddChannels(1500, "after-");
        await _bot.WaitForIdleAsync(TimeSpan.FromSeconds(30));

        var channel = SlackAudit.IncidentChannels(_bot.Slack).Single();
        var incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1))!;
        Assert.That(incident.ChannelId, Is.EqualTo(channel.Id), "the channel the timed-out attempt made is adopted");
        Assert.That(_bot.Slack.CallsTo("conversations.create"), Has.Count.EqualTo(1));
        var pages = isPrivate ? 1 : 2;
        Assert.That(Lists, Has.Count.EqualTo(pages), "stopped at the page with the match");
        Assert.That(Lists.Select(c => (c.Args["types"], c.Args["exclude_archived"])), Has.All.EqualTo((types, "true")));
        Assert.That(_bot.Slack.State.Pins(channel.Id), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Declares_CutOffMidCreateByARestart_ShareOneSearchAfterIt()
    {
        // A short lease: on PostgreSQL, work the stopped process still held is taken over once its lease runs out, and a
        // stop on a loaded machine may not hand it back first.
        var shortLease = new Dictionary<string, string?> { ["IncidentBot:WorkLease"] = "00:00:03" };
        _bot = await _bot.RestartAsync(shortLease);
        _bot.Slack.AddChannels(2500);
        _bot.Slack.Faults.Enqueue("conversations.create", Fault.HoldResponse(TimeSpan.FromSeconds(30)));
        string[] titles = ["Search is slow", "Login is slow", "Email is slow", "Billing is slow"];
        foreach (var title in titles)
        {
            await _bot.Requests.CommandAsync($"declare sev2 {title}");
        }

        await Eventually.TrueAsync(() => _bot.Slack.Faults.Held("conversations.create") == 1, TimeSpan.FromSeconds(10), "Slack to make a channel");
        _bot = await _bot.RestartAsync(shortLease);
        await _bot.WaitForIdleAsync(TimeSpan.FromSeconds(40));

        Assert.That(SlackAudit.IncidentChannels(_bot.Slack), Has.Count.EqualTo(titles.Length));
        Assert.That(_bot.Slack.CallsTo("conversations.create"), Has.Count.EqualTo(titles.Length),
            "the channel made before the restart adopted, none asked for twice");
        Assert.That(Lists, Has.Count.LessThanOrEqualTo(6), "one walk of the 3 pages (and the page a late joiner missed); not one walk each");
    }
}
