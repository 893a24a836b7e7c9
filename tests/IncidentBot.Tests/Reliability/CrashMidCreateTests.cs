using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Reliability;

/// <summary>
/// The process killed while Slack is making the incident's channel: the attempt never recorded an answer, so after the
/// restart the workspace is searched for the channel it made, live channels of its kind only, up to the match.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class CrashMidCreateTests
{
    private CrashRig _rig = null!;

    [SetUp]
    public async Task StartAsync() => _rig = await CrashRig.CreateAsync();

    [TearDown]
    public async Task StopAsync() => await _rig.DisposeAsync();

    [Test]
    public async Task Declare_KilledWhileSlackMadeTheChannel_AdoptsItAfterSearchingUpToTheMatch()
    {
        _rig.Slack.AddChannels(1500, "before-");
        _rig.Slack.Faults.Enqueue("conversations.create", Fault.HoldResponse(TimeSpan.FromSeconds(60)));
        await _rig.StartAsync();
        await _rig.Requests.CommandAsync("declare sev1 Checkout is failing");
        await Eventually.TrueAsync(() => _rig.Slack.Faults.Held("conversations.create") == 1, TimeSpan.FromSeconds(15), $"Slack to make the channel\n{_rig.Logs}");
        _rig.Slack.AddChannels(1500, "after-");
        await _rig.KillAsync();

        await _rig.StartAsync();
        await Eventually.TrueAsync(async () => await _rig.Incidents.GetByNumberAsync(1) is { BriefTs: not null }, TimeSpan.FromSeconds(30), $"the brief\n{_rig.Logs}");
        await _rig.WaitForQueueAsync(TimeSpan.FromSeconds(30));

        var channel = SlackAudit.IncidentChannels(_rig.Slack).Single();
        Assert.That((await _rig.Incidents.GetByNumberAsync(1))!.ChannelId, Is.EqualTo(channel.Id), _rig.Logs);
        Assert.That(_rig.Slack.CallsTo("conversations.create"), Has.Count.EqualTo(1), "the channel was adopted, not made again");
        var lists = _rig.Slack.CallsTo("conversations.list");
        Assert.That(lists, Has.Count.EqualTo(2), "the match is on the second of four pages");
        Assert.That(lists.Select(c => (c.Args["types"], c.Args["exclude_archived"])), Has.All.EqualTo(("public_channel", "true")));
    }
}
