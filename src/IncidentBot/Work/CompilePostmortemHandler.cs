using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;

namespace IncidentBot.Work;

/// <summary>
/// Compiles the post-mortem draft for one request (a resolution, a <c>/incident postmortem</c>), naming people as Slack
/// knows them; Core stores it and queues its publication. Run from the queue, so a crash, a shutdown or Slack's
/// directory failing midway compiles it again later; the request key makes one version however often it runs.
/// </summary>
public sealed class CompilePostmortemHandler(PostmortemService postmortems, SlackUserNames names, ILogger<CompilePostmortemHandler> logger)
    : IWorkHandler
{
    public string Kind => ResolutionWorkKinds.CompilePostmortem;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var incidentId = item.IncidentId!.Value;
        var stored = await postmortems.CompileAsync(incidentId, item.Payload, names.LookUpAsync, ct);
        logger.LogInformation("Post-mortem for incident {IncidentId} compiled as version {Version}", incidentId, stored?.Version);
    }
}
