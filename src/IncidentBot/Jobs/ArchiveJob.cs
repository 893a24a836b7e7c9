using System.Globalization;
using IncidentBot.Core.Incidents;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Fires when an incident channel's archive notice or archive is due; the queue posts the notice
/// (<see cref="Work.ArchiveNoticeHandler"/>) or archives the channel (<see cref="Work.ArchiveChannelHandler"/>), each once.
/// </summary>
public sealed class ArchiveJob(StandaloneWork queue) : IJob
{
    public const string IncidentIdKey = "incidentId";
    public const string ArchiveAtKey = "archiveAt";

    public static JobKey NoticeKey(long incidentId) => new(Name(incidentId), "archive-notice");

    public static JobKey ArchiveKey(long incidentId) => new(Name(incidentId), "archive");

    public static Dictionary<string, string> Data(long incidentId, DateTimeOffset archiveAt) => new()
    {
        [IncidentIdKey] = incidentId.ToString(CultureInfo.InvariantCulture),
        [ArchiveAtKey] = archiveAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
    };

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var incidentId = long.Parse(data.GetString(IncidentIdKey)!, CultureInfo.InvariantCulture);
        var due = new ArchiveDue(long.Parse(data.GetString(ArchiveAtKey)!, CultureInfo.InvariantCulture));
        var kind = context.JobDetail.Key.Group == NoticeKey(incidentId).Group ? OutcomeWorkKinds.ArchiveNotice : OutcomeWorkKinds.ArchiveChannel;
        await queue.QueueAsync(kind, incidentId, due.Serialize(), due.DedupeKey(kind, incidentId), cancellationToken);
    }

    private static string Name(long incidentId) => $"inc-{incidentId.ToString(CultureInfo.InvariantCulture)}";
}
