using IncidentBot.Core.Breaches;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Stakeholders;
using IncidentBot.Core.StatusPage;
using IncidentBot.Core.Storage;
using IncidentBot.Jobs;
using Quartz;

namespace IncidentBot.Work;

/// <summary>
/// Brings an incident's timers in line with its state after any change: the update reminder, the role reminder, the
/// soak check, the initial-assessment reminder, the breach-notification clock, the stakeholder-update reminder, the first-public-message clock and
/// the pages' ack windows are scheduled at the time the policies
/// give, or removed (resolved incidents, severities without a cadence, roles filled, a breach decision recorded). It runs
/// from the durable queue, so a crash between a change and its reschedule heals.
/// </summary>
public sealed class SyncScheduleHandler(
    IncidentStore incidents,
    CadenceStore cadence,
    SeverityLadder ladder,
    IncidentBotOptions options,
    JobScheduler scheduler,
    BreachService breaches,
    StakeholderReminderService stakeholders,
    FirstMessageService firstMessages,
    Core.Oncall.PagingService paging,
    ILogger<SyncScheduleHandler> logger) : IWorkHandler
{
    public string Kind => WorkKinds.SyncSchedule;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var id = item.IncidentId!.Value;
        if (await incidents.GetAsync(id, ct) is not { } incident)
        {
            return;
        }

        var severity = ladder.For(incident);
        var state = await cadence.GetAsync(id, ct);
        var reminder = CadencePolicy.NextReminder(incident, severity, state);
        await SetAsync<UpdateReminderJob>(IncidentJobKeys.UpdateReminder(id), reminder, id, ct);
        await SetAsync<RoleReminderJob>(IncidentJobKeys.RoleReminder(id), RoleReminderPolicy.NextDue(incident, severity, state, options.RoleReminderDelay), id, ct);
        await SetAsync<SoakJob>(IncidentJobKeys.Soak(id), SoakPolicy.Due(incident, severity, state), id, ct);
        await SetAsync<AssessmentReminderJob>(IncidentJobKeys.AssessmentReminder(id), AssessmentPolicy.ReminderDue(incident, severity, state), id, ct);
        await SetAsync<BreachClockJob>(IncidentJobKeys.BreachClock(id), await breaches.NextDueAsync(incident, ct), id, ct);
        await SetAsync<StakeholderReminderJob>(IncidentJobKeys.StakeholderReminder(id), await stakeholders.NextReminderAsync(incident, ct), id, ct);
        await SetAsync<StatusPage.FirstMessageReminderJob>(IncidentJobKeys.FirstMessage(id), await firstMessages.NextDueAsync(incident, ct), id, ct);
        await SetAsync<Oncall.PageAckJob>(IncidentJobKeys.PageAck(id), await paging.NextDueAsync(id, ct), id, ct);
        logger.LogDebug("Incident {IncidentNumber} timers synced; next update reminder {DueAt}", incident.Number, reminder);
    }

    private async Task SetAsync<TJob>(JobKey key, DateTimeOffset? due, long incidentId, CancellationToken ct)
        where TJob : IJob
    {
        if (due is not { } at)
        {
            await scheduler.CancelAsync(key, ct);
            return;
        }

        if (await scheduler.NextFireAsync(key, ct) is { } pending && pending.ToUnixTimeMilliseconds() == at.ToUnixTimeMilliseconds())
        {
            return;
        }

        await scheduler.ScheduleAsync<TJob>(key, at, IncidentJobKeys.Data(incidentId), ct);
    }
}
