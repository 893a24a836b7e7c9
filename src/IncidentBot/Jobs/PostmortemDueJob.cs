using System.Globalization;
using IncidentBot.Core.Incidents;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>Fires when a post-mortem review is due; the queue posts the reminder (<see cref="Work.PostmortemDueHandler"/>).</summary>
public sealed class PostmortemDueJob(StandaloneWork queue) : IJob
{
    public const string IncidentIdKey = "incidentId";
    public const string ResolvedAtKey = "resolvedAt";
    public const string StepKey = "step";

    public static JobKey KeyFor(long incidentId, int step) => new($"inc-{incidentId}-{step}", "postmortem-due");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var incidentId = long.Parse(data.GetString(IncidentIdKey)!, CultureInfo.InvariantCulture);
        var due = new PostmortemDue(
            long.Parse(data.GetString(ResolvedAtKey)!, CultureInfo.InvariantCulture), int.Parse(data.GetString(StepKey)!, CultureInfo.InvariantCulture));
        await queue.QueueAsync(ResolutionWorkKinds.PostmortemDueReminder, incidentId, due.Serialize(), due.DedupeKey(incidentId), cancellationToken);
    }
}
