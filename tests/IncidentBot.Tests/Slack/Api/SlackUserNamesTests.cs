using IncidentBot.FakeSlack;
using IncidentBot.Slack.Api;
using IncidentBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Slack.Api;

/// <summary>Names for the post-mortem come from Slack's directory; anyone Slack cannot name keeps their user ID.</summary>
[TestFixture]
public sealed class SlackUserNamesTests
{
    private BotHarness _bot = null!;

    [SetUp]
    public async Task StartAsync() => _bot = await BotHarness.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _bot.DisposeAsync();

    [Test]
    public async Task LookUp_KnownAndUnknownUsers_NamesTheKnownByRealName()
    {
        var names = await _bot.Services.GetRequiredService<SlackUserNames>().LookUpAsync(["U1", "U404", "U2"], CancellationToken.None);

        Assert.That(names, Is.EquivalentTo(new Dictionary<string, string> { ["U1"] = "Alice Able", ["U2"] = "Bob Baker" }));
        Assert.That(_bot.Slack.CallsTo("users.info"), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task LookUp_SlackFailingInAWayWorthRetrying_StopsAskingAndNamesNoOne()
    {
        _bot.Slack.Faults.Enqueue("users.info", Fault.SlackError("internal_error"));

        var names = await _bot.Services.GetRequiredService<SlackUserNames>().LookUpAsync(["U1", "U2", "U3"], CancellationToken.None);

        Assert.That(names, Is.Empty);
        Assert.That(_bot.Slack.CallsTo("users.info"), Has.Count.EqualTo(1), "one failed lookup, then the IDs stand");
    }
}
