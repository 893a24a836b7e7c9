using System.Collections.Concurrent;
using IncidentBot.Slack.Api;
using IncidentBot.Work;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace IncidentBot.Tests.Work;

/// <summary>
/// Lookups of channels by name share one walk of <c>conversations.list</c>: Slack allows about 20 pages a minute, and a
/// big workspace is 20 pages, so a walk per lookup would queue behind the limit.
/// </summary>
[TestFixture]
public sealed class ChannelScanTests
{
    private readonly ConcurrentQueue<(bool IsPrivate, string? Cursor, TaskCompletionSource<ChannelPage> Page)> _calls = new();
    private Mock<ISlackApi> _slack = null!;

    [SetUp]
    public void SetUp()
    {
        _slack = new Mock<ISlackApi>();
        _slack.Setup(s => s.ListConversationsAsync(It.IsAny<bool>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns((bool isPrivate, string? cursor, CancellationToken _) =>
            {
                var page = new TaskCompletionSource<ChannelPage>(TaskCreationOptions.RunContinuationsAsynchronously);
                _calls.Enqueue((isPrivate, cursor, page));
                return page.Task;
            });
    }

    [Test]
    public async Task Find_TwoLookupsAtOnce_ShareOneWalkThatStopsAtTheLastMatch()
    {
        var scan = CreateSut();
        var first = scan.FindAsync("inc-1", false, CancellationToken.None);
        var second = scan.FindAsync("inc-2", false, CancellationToken.None);

        (await NextCallAsync(null)).SetResult(Page("c2", "general", "inc-1"));
        Assert.That((await first)?.Name, Is.EqualTo("inc-1"), "answered at its first match");
        (await NextCallAsync("c2")).SetResult(Page("c3", "inc-2"));

        Assert.That((await second)?.Name, Is.EqualTo("inc-2"));
        await Task.Delay(50);
        Assert.That(_calls, Is.Empty, "no page after the last match");
    }

    [Test]
    public async Task Find_JoiningAWalkUnderWay_IsShownThePagesItMissedAndNoMore()
    {
        var scan = CreateSut();
        var early = scan.FindAsync("absent", false, CancellationToken.None);
        var page1 = await NextCallAsync(null);
        var late = scan.FindAsync("inc-9", false, CancellationToken.None);
        page1.SetResult(Page("c2", "general"));
        (await NextCallAsync("c2")).SetResult(Page(null, "random"));
        Assert.That(await early, Is.Null, "shown every page");

        (await NextCallAsync(null)).SetResult(Page("c2", "general", "inc-9"));

        Assert.That((await late)?.Name, Is.EqualTo("inc-9"), "found on the page it missed");
        await Task.Delay(50);
        Assert.That(_calls, Is.Empty);
    }

    [Test]
    public async Task Find_PublicAndPrivate_WalkOnlyTheirOwnKind()
    {
        var scan = CreateSut();
        var open = scan.FindAsync("inc-1", false, CancellationToken.None);
        var closed = scan.FindAsync("inc-2", true, CancellationToken.None);
        var calls = new[] { await NextCallAsync(null), await NextCallAsync(null) };

        foreach (var call in calls)
        {
            call.SetResult(Page(null));
        }

        Assert.That((await open, await closed), Is.EqualTo(((SlackChannel?)null, (SlackChannel?)null)));
        _slack.Verify(s => s.ListConversationsAsync(false, null, It.IsAny<CancellationToken>()), Times.Once);
        _slack.Verify(s => s.ListConversationsAsync(true, null, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Find_WhenAPageFails_FailsEveryoneWaitingAndTheNextLookupStartsAfresh()
    {
        var scan = CreateSut();
        var first = scan.FindAsync("inc-1", false, CancellationToken.None);
        (await NextCallAsync(null)).SetException(new SlackApiException("conversations.list", "timeout"));
        Assert.That(async () => await first, Throws.TypeOf<SlackApiException>());

        var again = scan.FindAsync("inc-1", false, CancellationToken.None);
        (await NextCallAsync(null)).SetResult(Page(null, "inc-1"));

        Assert.That((await again)?.Name, Is.EqualTo("inc-1"));
    }

    private ChannelScan CreateSut() => new(_slack.Object, TimeProvider.System, NullLogger<ChannelScan>.Instance);

    private async Task<TaskCompletionSource<ChannelPage>> NextCallAsync(string? cursor)
    {
        var deadline = Environment.TickCount64 + 5000;
        while (true)
        {
            if (_calls.TryDequeue(out var call))
            {
                Assert.That(call.Cursor, Is.EqualTo(cursor));
                return call.Page;
            }

            Assert.That(Environment.TickCount64, Is.LessThan(deadline), "the walk asked for no page");
            await Task.Delay(10);
        }
    }

    private static ChannelPage Page(string? next, params string[] names) =>
        new([.. names.Select((n, i) => new SlackChannel($"C{n}{i}", n, false, "UBOT", false))], next);
}
