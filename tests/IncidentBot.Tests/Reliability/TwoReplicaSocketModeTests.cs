using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Testing;
using IncidentBot.Tests.EndToEnd;
using IncidentBot.Tests.SocketMode;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Reliability;

/// <summary>
/// Two replicas in Socket Mode on one PostgreSQL database, each holding a connection of its own. Slack may deliver an
/// event to any of an app's connections, and deliver it again to another when an ack is late: the same event reaching
/// both replicas at once takes effect once.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class TwoReplicaSocketModeTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private ReplicaRig? _rig;

    private ReplicaRig Rig => _rig!;

    [SetUp]
    public async Task StartAsync()
    {
        PostgresRequired.Server();

        _rig = await ReplicaRig.CreateAsync(2, (slack, settings) =>
        {
            settings["SLACK_APP_TOKEN"] = slack.AppToken;
            settings["SLACK_SIGNING_SECRET"] = null;
        });
        await _rig.StartAllAsync();
        await _rig.Slack.WaitForAsync(s => s.SocketMode.ConnectionCount == 2, Wait);
    }

    [TearDown]
    public async Task StopAsync()
    {
        if (_rig is not null)
        {
            await _rig.DisposeAsync();
        }
    }

    [Test]
    public async Task TimelineReaction_DeliveredToBothReplicasAtOnce_IsRecordedOnce()
    {
        var declared = await Rig.Slack.SocketMode.SendSlashCommandAsync("declare sev2 Socket replicas");
        Assert.That(declared.Ack, Is.Not.Null, "no ack within 3 s");
        await Eventually.TrueAsync(async () => await Rig.Incidents.GetByNumberAsync(1) is { BriefTs: not null }, Wait, "the brief");
        await Rig.WaitForQueueAsync(Wait);
        var incident = (await Rig.Incidents.GetByNumberAsync(1))!;
        var ts = Rig.Slack.AddUserMessage(incident.ChannelId!, "U2", "Rolled back the 10:02 deploy");
        var reaction = SocketModeScenario.EventCallback("EvREPLICAS1", TimelineScenario.ReactionAdded(incident.ChannelId!, "U2", ts, "pushpin", "U2"));
        var connections = Rig.Slack.SocketMode.OpenConnectionIds;

        var acks = await Task.WhenAll(
            Rig.Slack.SocketMode.SendEventAsync(reaction, connectionId: connections[0]),
            Rig.Slack.SocketMode.SendEventAsync(reaction, retryAttempt: 1, connectionId: connections[1]));
        await Rig.WaitForQueueAsync(Wait);

        Assert.That(acks, Has.All.Not.Null);
        Assert.That(Rig.Slack.SocketMode.Acks.Select(a => a.ConnectionId), Is.SupersetOf(connections), "each replica acknowledged its delivery");
        var marked = (await Rig.Timeline.ListAsync(incident.Id)).Where(e => e.Kind == TimelineKind.PinnedMessage).ToList();
        Assert.That(marked.Select(e => e.Text), Is.EqualTo(new[] { "Rolled back the 10:02 deploy" }));
        Assert.That(await QueuedCountAsync(Rig.Database, "EvREPLICAS1"), Is.EqualTo(1), "the event was queued once");
        Assert.That(Rig.Slack.CallsTo("chat.getPermalink"), Has.Count.EqualTo(1), "the event was handled once");
        Assert.That(Rig.Slack.SocketMode.AckProblems, Is.Empty);
    }

    private static Task<long> QueuedCountAsync(Database database, string eventId) =>
        database.ReadAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<long>(c,
            "SELECT COUNT(*) FROM outbox WHERE kind = @kind AND payload LIKE @pattern",
            new { kind = WorkKinds.SlackEvent, pattern = $"%\"event_id\":\"{eventId}\"%" }));
}
