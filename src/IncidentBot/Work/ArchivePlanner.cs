using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;

namespace IncidentBot.Work;

/// <summary>The incident's archive plan as it stands now (<see cref="ArchivePolicy"/>), from the database and the setting.</summary>
public sealed class ArchivePlanner(IncidentStore incidents, TimelineStore timeline, IncidentBotOptions options)
{
    public bool IsOn => options.ArchiveAfter is not null;

    /// <summary>The incident and its plan; the plan is null when its channel is not to be archived (now).</summary>
    public async Task<(Incident? Incident, ArchivePlan? Plan)> PlanAsync(long incidentId, CancellationToken ct)
    {
        if (await incidents.GetAsync(incidentId, ct) is not { } incident)
        {
            return (null, null);
        }

        var entries = incident.IsOpen || !IsOn ? [] : await timeline.ListAsync(incident.Id, ct);
        return (incident, ArchivePolicy.Plan(incident, entries, options.ArchiveAfter));
    }
}
