using IncidentBot.Slack.Api;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// A burst of declares against the feed channel's posting pace: every incident gets its channel at once, and its feed
/// headline once, in its turn, never faster than the pace.
/// </summary>
[TestFixture]
public sealed class FeedBurstTests
{
    private const int Declares = 10;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(150);
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(
        services: s => s.Configure<SlackApiOptions>(o => o.PostMessageInterval = Interval));

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task BurstOfDeclares_PostsEachHeadlineOnceAtTheFeedsPace()
    {
        string[] services = ["Checkout", "Search", "Payments", "Login", "Billing", "Email", "Uploads", "Maps", "Chat", "Reports"];

        await Task.WhenAll(services.Select((s, i) => _bot.Requests.CommandAsync($"declare sev2 {s} is down", user: $"U{(i % 3) + 1}")));
        await _bot.WaitForIdleAsync();

        var headlines = _bot.Slack.State.Messages(BotHarness.FeedChannel);
        Assert.That(headlines.Select(h => h.Visible()).Where(t => t.Contains(" is down", StringComparison.Ordinal)).ToList(),
            Has.Count.EqualTo(Declares));
        for (var n = 1; n <= Declares; n++)
        {
            Assert.That(headlines.Count(h => h.Visible().Contains($"INC-{n} ·", StringComparison.Ordinal)), Is.EqualTo(1), $"INC-{n}");
        }

        var posts = _bot.Slack.CallsTo("chat.postMessage")
            .Where(c => c.Args.GetValueOrDefault("channel") == BotHarness.FeedChannel && c.Error is null && !c.Faulted)
            .Select(c => c.At).Order().ToList();
        // A bucket of `burst` messages refilled one per interval: any burst + 1 posts in a row span at least an interval,
        // and all of them at least one interval for each post beyond the burst.
        var burst = _bot.Services.GetRequiredServiceOf<IOptions<SlackApiOptions>>().Value.PostMessageBurst;
        var tolerance = TimeSpan.FromMilliseconds(15);
        for (var i = burst; i < posts.Count; i++)
        {
            Assert.That(posts[i] - posts[i - burst], Is.GreaterThanOrEqualTo(Interval - tolerance),
                $"posts {i - burst + 1}..{i + 1} came faster than the pace");
        }

        Assert.That(posts[^1] - posts[0], Is.GreaterThanOrEqualTo((Interval * (Declares - burst)) - tolerance));
    }
}
