using System.Globalization;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using IncidentBot.Jobs;

namespace IncidentBot.Work;

/// <summary>
/// Keeps the post-mortem due reminders (<c>IncidentBot:PostmortemDueAfter</c> after the post-mortem started: at resolution,
/// or later with <c>/incident postmortem</c>) in line with the incident: scheduled while a resolved incident's post-mortem
/// is open, removed when it is reopened or the review is complete.
/// </summary>
public sealed class PostmortemScheduleHandler(IncidentStore incidents, TimelineStore timeline, JobScheduler scheduler, IncidentBotOptions options)
    : IWorkHandler
{
    public string Kind => ResolutionWorkKinds.PostmortemSchedule;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var incident = await incidents.GetAsync(item.IncidentId!.Value, ct);
        var startedAt = incident is null ? null : PostmortemService.StartedAt(incident, await timeline.ListAsync(incident.Id, ct));
        for (var step = 0; step < options.PostmortemDueAfter.Count; step++)
        {
            var key = PostmortemDueJob.KeyFor(item.IncidentId!.Value, step);
            if (startedAt is { } at && incident?.ResolvedAt is { } resolvedAt)
            {
                await scheduler.ScheduleAsync<PostmortemDueJob>(key, at + options.PostmortemDueAfter[step], new Dictionary<string, string>
                {
                    [PostmortemDueJob.IncidentIdKey] = item.IncidentId!.Value.ToString(CultureInfo.InvariantCulture),
                    [PostmortemDueJob.ResolvedAtKey] = resolvedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                    [PostmortemDueJob.StepKey] = step.ToString(CultureInfo.InvariantCulture),
                }, ct);
            }
            else
            {
                await scheduler.CancelAsync(key, ct);
            }
        }
    }
}
