using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Slack.Api;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// An incident whose feed headline waits behind others in a busy feed channel: its own work goes on meanwhile, the
/// headline shows the incident as it is when its turn comes, and the incident's posts for the feed thread follow it.
/// </summary>
[TestFixture]
public sealed class FeedHeadlineTurnTests
{
    private const int AheadInLine = 8;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private BotHarness? _bot;

    [TearDown]
    public async Task StopAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    private BotHarness Bot => _bot!;

    [Test]
    public async Task HeadlineWaitingItsTurn_HoldsUpOnlyTheIncidentsFeedReplies()
    {
        // Each incident ahead has its own declarer, whose duty DM goes to a DM channel of their own: only the feed is busy.
        var slack = await BotHarness.StartSlackAsync();
        for (var i = 1; i <= AheadInLine; i++)
        {
            slack.AddUser($"UAHEAD{i}", $"oncall{i}", $"On-call {i}");
        }

        _bot = await BotHarness.StartAsync(slack: slack, services: s => s.Configure<SlackApiOptions>(o => o.PostMessageInterval = Interval));
        await Task.WhenAll(Enumerable.Range(1, AheadInLine).Select(i => Bot.Requests.CommandAsync($"declare sev2 Service {i} is down", user: $"UAHEAD{i}")));
        await WaitForPinsAsync(AheadInLine);
        await Bot.Requests.CommandAsync("declare sev2 Checkout is failing");
        await WaitForPinsAsync(AheadInLine + 1);
        var incident = (await Bot.Services.GetRequiredService<IncidentStore>().GetByNumberAsync(AheadInLine + 1))!;
        var channel = incident.ChannelId!;

        await Bot.Requests.CommandAsync("severity sev1 Spreading to the EU", channel: channel);
        await Bot.Requests.CommandAsync("update Rolled back the deploy", channel: channel);
        await Bot.WaitForIdleAsync(TimeSpan.FromSeconds(30));

        var headlineCall = Headlines().Single(c => c.Args["text"].StartsWith($"INC-{AheadInLine + 1} ·", StringComparison.Ordinal));
        var updateCall = Posts(channel).Single(c => c.Args["text"].Contains("Rolled back the deploy", StringComparison.Ordinal));
        Assert.That(updateCall.At, Is.LessThan(headlineCall.At), "the update in the channel waited for the feed headline");

        var headline = Bot.Slack.State.Messages(BotHarness.FeedChannel)
            .Single(m => !m.IsThreadReply && m.Text.StartsWith($"INC-{AheadInLine + 1} ·", StringComparison.Ordinal));
        Assert.That(headline.Visible(), Does.Contain("SEV1"), "the headline shows the severity the incident had when it was posted");
        var replies = Bot.Slack.State.Replies(BotHarness.FeedChannel, headline.Ts).Where(m => m.IsThreadReply).Select(m => m.Visible()).ToList();
        Assert.That(replies.Count(r => r.Contains("Rolled back the deploy", StringComparison.Ordinal)), Is.EqualTo(1), string.Join("\n", replies));
        Assert.That(replies.Count(r => r.Contains("SEV1", StringComparison.Ordinal) && r.Contains("Spreading to the EU", StringComparison.Ordinal)), Is.EqualTo(1),
            string.Join("\n", replies));
        for (var n = 1; n <= AheadInLine + 1; n++)
        {
            Assert.That(Headlines().Count(c => c.Args["text"].StartsWith($"INC-{n} ·", StringComparison.Ordinal)), Is.EqualTo(1), $"INC-{n}");
        }
    }

    [Test]
    public async Task HeadlineRefused_TheIncidentsWorkGoesOnAndNothingIsPostedInTheFeed()
    {
        // A private feed channel the bot is not in: Slack refuses the headline, and the bot cannot join.
        var slack = await FakeSlackServer.StartAsync();
        slack.AddUser("U1", "alice", "Alice Able");
        slack.AddChannel(BotHarness.FeedChannel, "incidents", true, "U1");
        slack.AddChannel("CGENERAL", "general", false, "U1");
        _bot = await BotHarness.StartAsync(slack: slack);

        await Bot.Requests.CommandAsync("declare sev2 Checkout is failing");
        await Bot.WaitForIdleAsync();
        var incident = (await Bot.Services.GetRequiredService<IncidentStore>().GetByNumberAsync(1))!;
        await Bot.Requests.CommandAsync("update Rolled back the deploy", channel: incident.ChannelId!);
        await Bot.WaitForIdleAsync();

        Assert.That(Bot.Slack.State.Pins(incident.ChannelId!), Has.Count.EqualTo(1));
        Assert.That(Posts(incident.ChannelId!).Count(c => c.Args["text"].Contains("Rolled back the deploy", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(Bot.Slack.State.Messages(BotHarness.FeedChannel), Is.Empty);
        Assert.That(await Bot.Services.GetRequiredService<OutboxStore>().CountAsync("failed"), Is.EqualTo(1), "the headline alone failed");
    }

    private List<RecordedCall> Posts(string channel) => Bot.Slack.CallsTo("chat.postMessage")
        .Where(c => c.Args.GetValueOrDefault("channel") == channel && c.Error is null && !c.Faulted).ToList();

    private List<RecordedCall> Headlines() => Posts(BotHarness.FeedChannel).Where(c => !c.Args.ContainsKey("thread_ts")).ToList();

    private Task WaitForPinsAsync(int count) => Eventually.TrueAsync(
        () => Task.FromResult(Bot.Slack.CallsTo("pins.add").Count(c => c.Error is null && !c.Faulted) >= count),
        TimeSpan.FromSeconds(20), $"{count} pinned briefs");
}
