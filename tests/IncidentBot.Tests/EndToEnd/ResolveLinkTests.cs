using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.EndToEnd;

/// <summary><c>/incident link INC-7</c>: both briefs show the link; bad references get usage.</summary>
[TestFixture]
public sealed class ResolveLinkTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync(ResolveSteps.Settings());

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task Link_ExistingIncident_ShowsInBothBriefsAndTheTimeline()
    {
        var first = await ResolveSteps.DeclareAsync(_bot, "declare sev2 Payments slow");
        var second = await ResolveSteps.DeclareAsync(_bot, "declare sev1 Checkout is failing");

        var answer = await _bot.Requests.CommandAsync("link INC-1", "U2", second.ChannelId!);
        var again = await _bot.Requests.CommandAsync("link inc-1", "U2", second.ChannelId!);
        await _bot.WaitForIdleAsync();

        Assert.That(answer.Text, Does.Contain("INC-2 is now linked with INC-1"));
        Assert.That(again.Text, Does.Contain("already linked"));
        Assert.That(_bot.Slack.State.Message(second.ChannelId!, second.BriefTs!)!.Visible(), Does.Contain("Related: INC-1"));
        Assert.That(_bot.Slack.State.Message(first.ChannelId!, first.BriefTs!)!.Visible(), Does.Contain("Related: INC-2"));
        var timeline = await _bot.Services.GetRequiredServiceOf<TimelineStore>().ListAsync(second.Id);
        Assert.That(timeline.Count(e => e.Kind == TimelineKind.Linked), Is.EqualTo(1));
    }

    [TestCase("link", "Which incident?")]
    [TestCase("link INC-9", "There is no INC-9.")]
    [TestCase("link INC-1", "cannot be linked with itself")]
    [TestCase("link yesterday's outage", "is not an incident number")]
    public async Task Link_BadReference_ExplainsWithUsage(string text, string problem)
    {
        var incident = await ResolveSteps.DeclareAsync(_bot);

        var answer = await _bot.Requests.CommandAsync(text, "U1", incident.ChannelId!);

        Assert.That(answer.Text, Does.Contain(problem).And.Contain("Usage: `/incident link INC-7`"));
        Assert.That((await ResolveSteps.ReloadAsync(_bot, incident)).Links, Is.Empty);
    }
}
