using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Jobs;

namespace IncidentBot.Work;

/// <summary>
/// Keeps an incident channel's archive timers (the notice, the archive) in line with the incident: scheduled once its
/// life ended (review complete, cancelled, merged), removed when it is reopened or kept. With archiving off it does
/// nothing: timers left from before are moot when they fire.
/// </summary>
public sealed class ArchiveScheduleHandler(ArchivePlanner planner, JobScheduler scheduler) : IWorkHandler
{
    public string Kind => OutcomeWorkKinds.ArchiveSchedule;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        if (!planner.IsOn)
        {
            return;
        }

        var id = item.IncidentId!.Value;
        var (_, plan) = await planner.PlanAsync(id, ct);
        if (plan is null)
        {
            await scheduler.CancelAsync(ArchiveJob.NoticeKey(id), ct);
            await scheduler.CancelAsync(ArchiveJob.ArchiveKey(id), ct);
            return;
        }

        await scheduler.ScheduleAsync<ArchiveJob>(ArchiveJob.NoticeKey(id), plan.NoticeAt, ArchiveJob.Data(id, plan.ArchiveAt), ct);
        await scheduler.ScheduleAsync<ArchiveJob>(ArchiveJob.ArchiveKey(id), plan.ArchiveAt, ArchiveJob.Data(id, plan.ArchiveAt), ct);
    }
}
