using System.Diagnostics;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Testing;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Reliability;

/// <summary>
/// Two replicas on one PostgreSQL database, as a deployment with two replicas runs: declares go to either, one replica
/// is killed (SIGKILL) while reminders are firing and started again later. Every incident is provisioned once, every
/// reminder period fires once across the two, and no queued work is lost or done twice.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class TwoReplicaTests
{
    private const int Declares = 30;
    private static readonly TimeSpan Cadence = TimeSpan.FromSeconds(5);
    private static readonly string[] Declarers = ["U1", "U2", "U3"];
    private readonly Stopwatch _watch = new();
    private ReplicaRig? _rig;

    private ReplicaRig Rig => _rig!;

    [SetUp]
    public async Task StartAsync()
    {
        PostgresRequired.Server();

        // Reminders every 5 s and no escalation: each reminder is one post in the incident's channel.
        _rig = await ReplicaRig.CreateAsync(2, (_, settings) =>
        {
            settings["IncidentBot:Severities:sev2:UpdateCadence"] = "00:00:05";
            settings["IncidentBot:Severities:sev2:EscalateAfterMissed"] = "0";
        });
        _watch.Restart();
        await _rig.StartAllAsync();
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
    public async Task Declares_OneReplicaKilledWhileRemindersFire_EachIncidentProvisionedOnceAndEachReminderPeriodOnce()
    {
        await DeclareAlternatelyAsync();
        await Eventually.TrueAsync(async () => (await RemindedAsync()).Count >= Declares / 3, TimeSpan.FromSeconds(30), "reminders to fire");

        await Rig.KillAsync(0);
        var killedAt = TimeProvider.System.GetUtcNow();
        Step("killed replica 0");
        await UpdateOnTheSurvivorAsync((await RemindedAsync()).Take(6));
        await Eventually.TrueAsync(async () => (await Rig.Incidents.ListOpenAsync()).Count(i => i.BriefTs is not null && i.FeedTs is not null) == Declares,
            TimeSpan.FromSeconds(45), "every incident's brief and headline");
        var incidents = await Rig.Incidents.ListOpenAsync();
        await AllRemindedSinceAsync(incidents, killedAt, "the survivor to remind every incident");
        Step("survivor provisioned and reminded every incident");

        await Rig.StartAsync(0);
        Step("restarted replica 0");
        await AllRemindedSinceAsync(incidents, TimeProvider.System.GetUtcNow(), "both replicas to carry on reminding");
        Step("every incident reminded since");
        await DowngradeAsync(incidents);
        await Rig.WaitForQueueAsync(TimeSpan.FromSeconds(45));
        Step("queue drained");

        await AssertProvisionedOnceAsync(incidents);
        await AssertRemindedOnceEachPeriodAsync(incidents);
        Assert.That(await Rig.Outbox.CountAsync("failed"), Is.Zero, "no queued work failed");
    }

    /// <summary>Declares from three people in turn, to the two replicas in turn.</summary>
    private async Task DeclareAlternatelyAsync()
    {
        for (var i = 1; i <= Declares; i++)
        {
            var answer = await Rig.Requests(i % 2).CommandAsync($"declare sev2 Replica check {i}", Declarers[i % Declarers.Length]);
            Assert.That(answer.Text, Does.Contain("Declaring"), answer.Body);
        }

        Step("declared");
    }

    /// <summary>Updates, each from the incident's IC, to the replica still running: each moves its incident's reminders on.</summary>
    private async Task UpdateOnTheSurvivorAsync(IEnumerable<Incident> incidents)
    {
        foreach (var incident in incidents)
        {
            var answer = await Rig.Requests(1).CommandAsync($"update Still looking at {incident.Reference}", incident.DeclaredBy, incident.ChannelId!);
            Assert.That(answer.Text, Does.Contain("Posted update"), answer.Body);
        }
    }

    /// <summary>Every incident to a severity without a cadence, so reminders stop and the queue can drain.</summary>
    private async Task DowngradeAsync(IReadOnlyList<Incident> incidents)
    {
        foreach (var incident in incidents)
        {
            var answer = await Rig.Requests(incident.Number % 2).CommandAsync("severity sev3 winding down", incident.DeclaredBy, incident.ChannelId!);
            Assert.That(answer.Text, Does.Contain("is now SEV3"), answer.Body);
        }

        Step("downgraded");
    }

    /// <summary>Incidents reminded so far: those are provisioned, with a channel.</summary>
    private async Task<List<Incident>> RemindedAsync() =>
        (await Rig.Incidents.ListOpenAsync()).Where(i => i.ChannelId is { } channel && ReminderAudit.LatestIn(Rig.Slack, channel) is not null).ToList();

    /// <summary>Waits until every incident has had a reminder posted after <paramref name="since"/>: no reminder chain was lost.</summary>
    private Task AllRemindedSinceAsync(IReadOnlyList<Incident> incidents, DateTimeOffset since, string what) => Eventually.TrueAsync(
        () => incidents.All(i => ReminderAudit.LatestIn(Rig.Slack, i.ChannelId!) > since), Cadence * 4, what);

    /// <summary>One channel made, one brief posted and pinned once, one headline, for each incident.</summary>
    private async Task AssertProvisionedOnceAsync(IReadOnlyList<Incident> incidents)
    {
        foreach (var incident in incidents)
        {
            SlackAudit.AssertProvisionedOnce(Rig.Slack, (await Rig.Incidents.GetAsync(incident.Id))!, "");
        }

        Assert.That(Rig.Slack.CallsTo("conversations.create").Count(c => c.Error is null && !c.Faulted), Is.EqualTo(Declares), "one channel made per incident");
        Assert.That(Rig.Slack.CallsTo("pins.add").Where(c => c.Error is null && !c.Faulted).Select(c => c.Args["channel"]),
            Is.EquivalentTo(incidents.Select(i => i.ChannelId)), "one brief pinned per incident, once");
    }

    private async Task AssertRemindedOnceEachPeriodAsync(IReadOnlyList<Incident> incidents)
    {
        var keys = ReminderAudit.PostedKeys(Rig.Slack);
        Assert.That(keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "no message posted twice");
        var periods = ReminderAudit.Periods(keys);
        foreach (var incident in incidents)
        {
            var fired = (await Rig.Timeline.ListAsync(incident.Id)).Where(e => e.Kind == TimelineKind.ReminderSent).Select(e => e.OccurredAt).ToList();
            ReminderAudit.AssertEachPeriodOnce(incident, periods.Where(p => p.IncidentId == incident.Id).ToList(), fired, Cadence);
        }

        TestContext.Out.WriteLine($"{periods.Count} reminders; fired by replica 0 since its restart: {Fired(Rig.LogsOf(0))}, by replica 1: {Fired(Rig.LogsOf(1))}");
    }

    private void Step(string what) => TestContext.Out.WriteLine($"{_watch.Elapsed.TotalSeconds,5:0.0} s  {what}");

    private static int Fired(string logs) =>
        logs.Split('\n').Count(l => l.Contains("Update reminder for incident", StringComparison.Ordinal) && l.Contains(": sent", StringComparison.Ordinal));
}
