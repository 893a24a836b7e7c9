using IncidentBot.Core.Configuration;
using IncidentBot.Core.Storage;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Daily: prunes finished work, delivered event ids and effect records older than <c>IncidentBot:RetentionAge</c>
/// (<see cref="RetentionStore"/> keeps whatever a double could still come from).
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class RetentionJob(RetentionStore retention, IncidentBotOptions options, TimeProvider time, ILogger<RetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("daily", "retention");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var pruned = await retention.PruneAsync(time.GetUtcNow() - options.RetentionAge, cancellationToken);
        Pruned(logger, pruned.Work, pruned.Events, pruned.Effects, options.RetentionAge);
    }

    [LoggerMessage(EventId = 5301, Level = LogLevel.Information,
        Message = "Retention pruned {WorkRows} finished work items, {EventIds} event ids and {EffectRecords} effect records older than {RetentionAge}")]
    private static partial void Pruned(ILogger logger, int workRows, int eventIds, int effectRecords, TimeSpan retentionAge);
}
