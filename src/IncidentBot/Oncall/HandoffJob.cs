using IncidentBot.Core.Oncall;
using IncidentBot.Jobs;
using Quartz;

namespace IncidentBot.Oncall;

/// <summary>Fires at a rotation's boundary: Core queues the handoff DMs, then the next boundary is scheduled.</summary>
public sealed class HandoffJob(HandoffService handoffs, HandoffScheduler scheduler, ILogger<HandoffJob> logger) : IJob
{
    public const string RotationField = "rotation";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var rotation = context.MergedJobDataMap.GetString(RotationField)!;
        var handoff = await handoffs.HandOffAsync(rotation, cancellationToken);
        logger.LogInformation("Rotation {Rotation} boundary: handoff {Outcome}", rotation, handoff is null ? "not needed" : "queued");
        await scheduler.EnsureAsync(rotation, cancellationToken);
    }
}
