using IncidentBot.Core.Incidents;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>Fires when a monitoring incident's soak period ends; Core decides and records the prompt.</summary>
public sealed class SoakJob(SoakService soak, ILogger<SoakJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var incidentId = IncidentJobKeys.IncidentId(context);
        var prompt = await soak.FireAsync(incidentId, cancellationToken);
        logger.LogInformation("Soak check for incident {IncidentId}: {Outcome}", incidentId, prompt is null ? "not due" : "prompted");
    }
}
