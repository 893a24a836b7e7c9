using System.Diagnostics;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Reliability;

/// <summary>
/// A command that opens a form waits on <c>views.open</c> before it answers. When Slack rate-limits that call for longer
/// than the trigger lives (3 s), waiting it out only makes Slack show "operation_timeout": the bot must answer in time.
/// </summary>
[TestFixture]
public sealed class SlowModalTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Resolve_WhenViewsOpenIsRateLimitedPastTheTrigger_AnswersInTimeAndSaysTryAgain()
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);
        _bot.Slack.Faults.Enqueue("views.open", Fault.RateLimited(5));

        var watch = Stopwatch.StartNew();
        var answer = await _bot.Requests.CommandAsync("resolve", "U1", incident.ChannelId!);

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)), "Slack gives up on the command after 3 s");
        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Text, Does.Contain("couldn't open the resolve form").And.Contain("try `/incident resolve` again"));
    }

    [Test]
    public async Task Declare_WhenViewsOpenIsRateLimitedPastTheTrigger_AnswersInTimeWithText()
    {
        _bot.Slack.Faults.Enqueue("views.open", Fault.RateLimited(5));

        var watch = Stopwatch.StartNew();
        var answer = await _bot.Requests.CommandAsync("declare", "U1");

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)), "Slack gives up on the command after 3 s");
        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Text, Is.Not.Empty);
    }
}
