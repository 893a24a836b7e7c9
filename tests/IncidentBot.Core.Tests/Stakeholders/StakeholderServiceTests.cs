using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Stakeholders;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Tests.Incidents;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Stakeholders;

/// <summary>Stakeholder updates and their reminders on a real database and a fake clock (SEV1: first within 30 min, then every 2 h).</summary>
public sealed class StakeholderServiceTests
{
    private RoleTimelineFixture _core = null!;
    private StakeholderService _stakeholders = null!;
    private StakeholderReminderService _reminders = null!;
    private StakeholderStore _store = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _core = await RoleTimelineFixture.StartAsync();
        var options = new IncidentBotOptions();
        options.Severities["sev1"].EscalationTarget = "S0TARGET";
        options.Stakeholders["execs"] = new StakeholderAudienceOptions { Channels = ["C1"] };
        var ladder = SeverityLadder.From(options);
        var audiences = StakeholderAudiences.From(options);
        _store = new StakeholderStore(_core.Database);
        _stakeholders = new StakeholderService(_core.Changes, _store, new UpdateStore(_core.Database), new StatusPageStore(_core.Database), ladder, audiences, _core.Words, _core.Time);
        _reminders = new StakeholderReminderService(_core.Changes, _store, ladder, audiences, _core.Words);
    }

    [TearDown]
    public void Dispose() => _core.Dispose();

    private void At(Incident incident, double minutes) => _core.Time.SetUtcNow(incident.DeclaredAt.AddMinutes(minutes));

    [Test]
    public async Task Fire_TwiceAtTheSameMark_RecordsOneReminderAndEscalatesToTheIc()
    {
        var incident = await _core.DeclareAsync();
        At(incident, 30);

        var first = await _reminders.FireAsync(incident.Id);
        var again = await _reminders.FireAsync(incident.Id);

        Assert.That(first, Is.Not.Null);
        Assert.That((first!.Missed, first.Escalation), Is.EqualTo((1, EscalationStep.DirectMessageCommander)));
        Assert.That(again, Is.Null, "the same mark fires once");
        Assert.That(await _reminders.NextReminderAsync(incident), Is.EqualTo(incident.DeclaredAt.AddMinutes(150)));
        var queued = await _core.Database.ReadAsync(c => Task.FromResult(Dapper.SqlMapper.ExecuteScalar<long>(c,
            "SELECT COUNT(*) FROM outbox WHERE kind = @kind", new { kind = StakeholderWorkKinds.PostStakeholderReminder })));
        Assert.That(queued, Is.EqualTo(1));
    }

    [Test]
    public async Task Fire_SecondMissInARow_MentionsTheTarget()
    {
        var incident = await _core.DeclareAsync();
        At(incident, 30);
        await _reminders.FireAsync(incident.Id);
        At(incident, 150);

        var second = await _reminders.FireAsync(incident.Id);

        Assert.That((second!.Missed, second.Escalation), Is.EqualTo((2, EscalationStep.MentionTarget)));
        var entries = await _core.Timeline.ListAsync(incident.Id);
        Assert.That(entries[^1].Text, Is.EqualTo("Escalated to <!subteam^S0TARGET> after 2 missed stakeholder updates"));
    }

    [Test]
    public async Task Send_EndsTheMissedRunAndARepeatFromTheSameButtonSendsNothing()
    {
        var incident = await _core.DeclareAsync();
        At(incident, 30);
        var reminder = await _reminders.FireAsync(incident.Id);
        At(incident, 40);

        var sent = await _stakeholders.SendAsync(incident.Id, "U2", reminder!.Sent);
        var repeat = await _stakeholders.SendAsync(incident.Id, "U2", reminder.Sent);

        Assert.That(sent.Outcome, Is.EqualTo(StakeholderSendOutcome.Sent));
        Assert.That(sent.Payload!.Audiences, Is.EqualTo(new[] { "execs" }));
        Assert.That(sent.Payload.Summary.NextUpdateAt, Is.EqualTo(incident.DeclaredAt.AddMinutes(160)));
        Assert.That(repeat.Outcome, Is.EqualTo(StakeholderSendOutcome.AlreadySent));
        var state = await _store.GetAsync(incident.Id);
        Assert.That((state.Sent, state.Missed, state.Escalated), Is.EqualTo((1, 0, 0)));
        Assert.That(await _reminders.NextReminderAsync(incident), Is.EqualTo(incident.DeclaredAt.AddMinutes(160)));
    }

    [Test]
    public async Task Send_PrivateIncidentWithoutAnAudienceForIt_SendsNothingAndNoTimerRuns()
    {
        var request = new DeclareRequest("k1", "Leaked credentials", _core.Ladder.Get("sev1"), "U1", true, true);
        var incident = (await _core.Declarations.DeclareAsync(request)).Incident;

        var result = await _stakeholders.SendAsync(incident.Id, "U1");

        Assert.That(result.Outcome, Is.EqualTo(StakeholderSendOutcome.NoAudience));
        Assert.That(await _reminders.NextReminderAsync(incident), Is.Null);
        Assert.That((await _store.GetAsync(incident.Id)).Sent, Is.Zero);
    }
}
