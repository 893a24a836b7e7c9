using System.Globalization;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Jobs;

namespace IncidentBot.Work;

/// <summary>
/// Keeps the post-mortem due reminders (<c>IncidentBot:PostmortemDueAfter</c> after resolution) in line with the incident:
/// scheduled while a resolved incident's post-mortem is open, removed when it is reopened or the review is complete.
/// </summary>
public sealed class PostmortemScheduleHandler(IncidentStore incidents, JobScheduler scheduler, IncidentBotOptions options) : IWorkHandler
{
    public string Kind => ResolutionWorkKinds.PostmortemSchedule;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var incident = await incidents.GetAsync(item.IncidentId!.Value, ct);
        var due = incident is { IsOpen: false, ResolvedAt: { } resolvedAt, Stage: IncidentStage.PostmortemDraft or IncidentStage.PostmortemReview }
            ? resolvedAt
            : (DateTimeOffset?)null;
        for (var step = 0; step < options.PostmortemDueAfter.Count; step++)
        {
            var key = PostmortemDueJob.KeyFor(item.IncidentId!.Value, step);
            if (due is { } at)
            {
                await scheduler.ScheduleAsync<PostmortemDueJob>(key, at + options.PostmortemDueAfter[step], new Dictionary<string, string>
                {
                    [PostmortemDueJob.IncidentIdKey] = item.IncidentId!.Value.ToString(CultureInfo.InvariantCulture),
                    [PostmortemDueJob.ResolvedAtKey] = at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
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
