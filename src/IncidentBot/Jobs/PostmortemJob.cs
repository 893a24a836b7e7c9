using System.Globalization;
using IncidentBot.Core.Postmortems;
using IncidentBot.Slack.Api;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>
/// Compiles the post-mortem draft for one request (a resolution, a <c>/incident postmortem</c>), naming people as Slack
/// knows them; Core queues its publication.
/// </summary>
public sealed class PostmortemJob(PostmortemService postmortems, SlackUserNames names, ILogger<PostmortemJob> logger) : IJob
{
    public const string IncidentIdKey = "incidentId";
    public const string RequestKey = "request";

    public static JobKey KeyFor(long incidentId, string request) => new($"inc-{incidentId}-{request}", "postmortem");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var incidentId = long.Parse(data.GetString(IncidentIdKey)!, CultureInfo.InvariantCulture);
        var stored = await postmortems.CompileAsync(incidentId, data.GetString(RequestKey)!, names.LookUpAsync, cancellationToken);
        logger.LogInformation("Post-mortem for incident {IncidentId} compiled as version {Version}", incidentId, stored?.Version);
    }
}
