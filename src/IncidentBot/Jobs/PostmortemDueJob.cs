using System.Globalization;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>Reminds the channel that the post-mortem review is due, unless it is complete or the incident was reopened.</summary>
public sealed class PostmortemDueJob(IncidentStore incidents, OncePoster poster, TimeProvider time) : IJob
{
    public const string IncidentIdKey = "incidentId";
    public const string ResolvedAtKey = "resolvedAt";
    public const string StepKey = "step";

    public static JobKey KeyFor(long incidentId, int step) => new($"inc-{incidentId}-{step}", "postmortem-due");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var incidentId = long.Parse(data.GetString(IncidentIdKey)!, CultureInfo.InvariantCulture);
        var resolvedAt = long.Parse(data.GetString(ResolvedAtKey)!, CultureInfo.InvariantCulture);
        var incident = await incidents.GetAsync(incidentId, cancellationToken);
        if (incident is not { IsOpen: false, ChannelId: { } channel, ResolvedAt: { } at } || at.ToUnixTimeMilliseconds() != resolvedAt
            || incident.Stage is IncidentStage.Closed or IncidentStage.Active)
        {
            return;
        }

        var (text, blocks) = PostmortemMessages.Due(incident, time.GetUtcNow() - at);
        await poster.PostAsync($"inc:{incidentId}:postmortem-due:{data.GetString(StepKey)}:{resolvedAt}", PostmortemMessages.DueEventType,
            new ChatMessage(channel, text, blocks), cancellationToken);
    }
}
