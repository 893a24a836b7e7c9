using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary><c>/incident rename</c>: a new title everywhere it is shown; the channel keeps its name.</summary>
[TestFixture]
public sealed class RenameTests
{
    private BotHarness _bot = null!;
    private Incident _incident = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _bot = await BotHarness.StartAsync();
        await _bot.Requests.CommandAsync("declare sev1 Checkout is failing");
        await _bot.WaitForIdleAsync();
        _incident = (await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetByNumberAsync(1))!;
    }

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Rename_NewTitle_UpdatesBriefHeadlinePurposeAndTimelineButNotTheChannelName()
    {
        var answer = await _bot.Requests.CommandAsync("rename Card payments declined at checkout", channel: _incident.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("INC-1 is now \"Card payments declined at checkout\""));
        var channel = _bot.Slack.State.Channel(_incident.ChannelId!)!;
        Assert.That(channel.Name, Is.EqualTo(_incident.ChannelName));
        Assert.That(channel.Purpose.Value, Is.EqualTo("INC-1: Card payments declined at checkout"));
        Assert.That(_bot.Slack.State.Message(channel.Id, _incident.BriefTs!)!.Visible(), Does.Contain("INC-1: Card payments declined at checkout"));
        Assert.That(_bot.Slack.State.Message(BotHarness.FeedChannel, _incident.FeedTs!)!.Visible(), Does.Contain("Card payments declined at checkout"));
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(_incident.Id);
        Assert.That(timeline[^1].Text, Is.EqualTo("Renamed from \"Checkout is failing\" to \"Card payments declined at checkout\""));
    }

    [TestCase("rename", "needs a title")]
    [TestCase("rename    ", "needs a title")]
    public async Task Rename_WithoutTitle_ExplainsUsageAndChangesNothing(string text, string expected)
    {
        var answer = await _bot.Requests.CommandAsync(text, channel: _incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain(expected).And.Contain("`/incident rename &lt;title&gt;`"));
        Assert.That((await _bot.Services.GetRequiredServiceOf<IncidentStore>().GetAsync(_incident.Id))!.Title, Is.EqualTo("Checkout is failing"));
    }

    [Test]
    public async Task Rename_OverlongTitle_IsRefused()
    {
        var answer = await _bot.Requests.CommandAsync("rename " + new string('y', 151), channel: _incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain("the limit is 150"));
    }

    [Test]
    public async Task Rename_OutsideAnIncidentChannel_SaysWhereItWorks()
    {
        var answer = await _bot.Requests.CommandAsync("rename Something else");

        Assert.That(answer.Text, Does.Contain("works inside an incident channel"));
    }
}
