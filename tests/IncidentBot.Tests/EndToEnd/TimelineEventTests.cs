using IncidentBot.Core.Incidents;
using IncidentBot.Slack;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.EndToEnd.TimelineScenario;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Pins and the timeline reaction: the message joins the timeline at its own time, once, whatever Slack repeats.</summary>
[TestFixture]
public sealed class TimelineEventTests
{
    private static readonly string[] FailingOver = ["Failing over to us-west-2"];
    private BotHarness _bot = null!;
    private Incident _incident = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["IncidentBot:TimelineReaction"] = ":memo:" });
        _incident = await DeclareAsync(_bot, user: "U1");
        await JoinAsync(_bot, _incident, "U2", "U3");
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task PinAdded_RecordsTheMessageAtItsOwnTimeWithAuthorTextAndPermalink()
    {
        var channel = _incident.ChannelId!;
        var ts = _bot.Slack.AddUserMessage(channel, "U2", "Error rate is back to 0.1% after the rollback");
        await Task.Delay(30);
        await _bot.Requests.CommandAsync("note Watching the dashboards", "U1", channel);

        var answer = await _bot.Requests.EventAsync(Envelope("EvPin1", PinAdded(channel, "U3", ts, "U2", "Error rate is back to 0.1% after the rollback")));
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Status, Is.EqualTo(200));
        var entries = (await TimelineAsync(_bot, _incident)).ToList();
        var pinned = entries.Single(e => e.Kind == TimelineKind.PinnedMessage);
        Assert.That(SlackTimestamp.TryParse(ts, out var postedAt), Is.True);
        Assert.That(pinned.OccurredAt, Is.EqualTo(postedAt));
        Assert.That((pinned.UserId, pinned.Text), Is.EqualTo(("U2", "Error rate is back to 0.1% after the rollback")));
        Assert.That(pinned.Permalink, Does.Contain($"/archives/{channel}/p{ts.Replace(".", "", StringComparison.Ordinal)}"));
        Assert.That(entries.IndexOf(pinned), Is.LessThan(entries.IndexOf(entries.Single(e => e.Kind == TimelineKind.Note))),
            "the pin is placed at the message's time, before the later note");
        var shown = MessageText.Of((await _bot.Requests.CommandAsync("timeline", "U1", channel)).Json?["blocks"]?.ToJsonString());
        Assert.That(shown, Does.Contain("Error rate is back to 0.1% after the rollback — <@U2> · <" + pinned.Permalink + "|message>"));
    }

    [Test]
    public async Task PinAdded_DeliveredThreeTimesWithRetryHeaders_RecordsOnce()
    {
        var ts = _bot.Slack.AddUserMessage(_incident.ChannelId!, "U2", "Root cause: expired TLS cert");
        var envelope = Envelope("EvPinRetry", PinAdded(_incident.ChannelId!, "U2", ts, "U2", "Root cause: expired TLS cert"));

        var answers = new[]
        {
            await _bot.Requests.EventAsync(envelope),
            await _bot.Requests.EventAsync(envelope, retryNum: 1),
            await _bot.Requests.EventAsync(envelope, retryNum: 2),
        };
        await _bot.WaitForIdleAsync();

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200));
        Assert.That(await PinnedAsync(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task PinnedAndReacted_AndPinnedAgainUnderNewEventIds_RecordsOnce()
    {
        var channel = _incident.ChannelId!;
        var ts = _bot.Slack.AddUserMessage(channel, "U3", "Failing over to us-west-2");

        await _bot.Requests.EventAsync(Envelope("EvA", PinAdded(channel, "U3", ts, "U3", "Failing over to us-west-2")));
        await _bot.Requests.EventAsync(Envelope("EvB", ReactionAdded(channel, "U2", ts, "memo", "U3")));
        await _bot.Requests.EventAsync(Envelope("EvC", PinAdded(channel, "U1", ts, "U3", "Failing over to us-west-2")));
        await _bot.WaitForIdleAsync();

        Assert.That((await PinnedAsync()).Select(e => e.Text), Is.EqualTo(FailingOver));
    }

    [Test]
    public async Task ReactionAdded_WithTheConfiguredEmoji_FetchesAndRecordsTheMessage()
    {
        var channel = _incident.ChannelId!;
        var parent = _bot.Slack.AddUserMessage(channel, "U2", "Investigating the queue backlog");
        var reply = _bot.Slack.AddUserMessage(channel, "U3", "Backlog drained at 14:02", threadTs: parent);

        await _bot.Requests.EventAsync(Envelope("EvR1", ReactionAdded(channel, "U1", parent, "memo", "U2")));
        await _bot.Requests.EventAsync(Envelope("EvR2", ReactionAdded(channel, "U1", reply, "memo::skin-tone-3", "U3")));
        await _bot.WaitForIdleAsync();

        var pinned = await PinnedAsync();
        // Both messages fall in the same millisecond and the two events are handled side by side, so their order is not the point.
        Assert.That(pinned.Select(e => (e.UserId, e.Text)), Is.EquivalentTo(new[]
        {
            ((string?)"U2", "Investigating the queue backlog"), ("U3", "Backlog drained at 14:02"),
        }));
        Assert.That(pinned.Select(e => e.Permalink), Is.All.Not.Null);
    }

    [Test]
    public async Task Events_OtherEmojiOtherChannelOrTheBotsOwnPin_AreIgnored()
    {
        var channel = _incident.ChannelId!;
        var ts = _bot.Slack.AddUserMessage(channel, "U2", "Not for the record");
        var elsewhere = _bot.Slack.AddUserMessage("CGENERAL", "U2", "Lunch?");

        await _bot.Requests.EventAsync(Envelope("EvX1", ReactionAdded(channel, "U1", ts, "pushpin", "U2")));
        await _bot.Requests.EventAsync(Envelope("EvX2", ReactionAdded("CGENERAL", "U1", elsewhere, "memo", "U2")));
        await _bot.Requests.EventAsync(Envelope("EvX3", PinAdded("CGENERAL", "U1", elsewhere, "U2", "Lunch?")));
        await _bot.Requests.EventAsync(Envelope("EvX4", PinAdded(channel, _bot.Slack.BotUserId, _incident.BriefTs!, _bot.Slack.BotUserId, "INC-1")));
        await _bot.WaitForIdleAsync();

        Assert.That(await PinnedAsync(), Is.Empty);
    }

    private async Task<List<TimelineEntry>> PinnedAsync() =>
        (await TimelineAsync(_bot, _incident)).Where(e => e.Kind == TimelineKind.PinnedMessage).ToList();
}
