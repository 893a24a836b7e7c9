using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Slack.Messages;
using IncidentBot.Tests.Reliability;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>
/// The steps that set up a declared incident's channel once it exists (invite, topic, purpose, brief) go to Slack side
/// by side, the pin after the brief; a step that fails for a moment is tried again alone, and each is done once.
/// </summary>
[TestFixture]
public sealed class ProvisionStepsTests
{
    private static readonly string[] SideBySide = ["conversations.invite", "conversations.setTopic", "conversations.setPurpose", "chat.postMessage"];
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Declare_WithSlowSlack_InvitesSetsTopicAndPurposeAndPostsTheBriefAllAtOnce()
    {
        // Long enough that a step sent only after another's answer cannot look simultaneous on a busy machine.
        _bot.Slack.Latency = TimeSpan.FromMilliseconds(300);

        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing", user: "U2");
        await _bot.WaitForIdleAsync(TimeSpan.FromSeconds(30));

        var channel = (await IncidentAsync()).ChannelId!;
        var create = _bot.Slack.CallsTo("conversations.create").Single();
        var steps = SideBySide.Select(m => InChannel(m, channel).Single()).ToList();
        var brief = steps.Single(s => s.Method == "chat.postMessage");
        var pin = InChannel("pins.add", channel).Single();
        Assert.Multiple(() =>
        {
            Assert.That(steps.Select(s => s.At), Has.All.GreaterThanOrEqualTo(create.Answered), "each step waits for the channel");
            Assert.That(steps.Max(s => s.At), Is.LessThan(steps.Min(s => s.Answered)), "every step is sent before any is answered");
            Assert.That(pin.At, Is.GreaterThanOrEqualTo(brief.Answered), "the pin waits for the brief");
        });
    }

    [TestCase("conversations.invite")]
    [TestCase("conversations.setTopic")]
    [TestCase("conversations.setPurpose")]
    [TestCase("chat.postMessage")]
    [TestCase("pins.add")]
    public async Task Declare_WhenOneStepFailsForAMoment_RetriesThatStepAloneAndDoesEachOnce(string method)
    {
        _bot.Slack.Faults.Enqueue(method, Fault.SlackError("internal_error"));

        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing", user: "U2");
        await _bot.WaitForIdleAsync(TimeSpan.FromSeconds(30));

        var incident = await IncidentAsync();
        var channel = incident.ChannelId!;
        SlackAudit.AssertProvisionedOnce(_bot.Slack, incident, $"after {method} failed once");
        Assert.That(InChannel(method, channel).Count(c => c.Error == "internal_error"), Is.EqualTo(1), "the step failed once");
        foreach (var step in SideBySide.Append("pins.add"))
        {
            Assert.That(InChannel(step, channel).Count(c => c.Error is null), Is.EqualTo(1), $"{step} is done once");
        }

        var slackChannel = _bot.Slack.State.Channel(channel)!;
        Assert.That(slackChannel.Topic.Value, Does.Contain("INC-1").And.Contain("SEV1"));
        Assert.That(slackChannel.Purpose.Value, Is.EqualTo("INC-1: Checkout is failing"));
        Assert.That(slackChannel.Members, Does.Contain("U2"));
    }

    private async Task<Incident> IncidentAsync() =>
        (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1))!;

    /// <summary>The step's calls in the channel; of the channel's posts, the brief's (the war room's guide and checklists follow it).</summary>
    private List<RecordedCall> InChannel(string method, string channel) =>
        _bot.Slack.CallsTo(method).Where(c => c.Args.GetValueOrDefault("channel") == channel
            && (method != "chat.postMessage" || c.Args.GetValueOrDefault("metadata", "").Contains(BriefMessage.MetadataEventType, StringComparison.Ordinal))).ToList();
}
