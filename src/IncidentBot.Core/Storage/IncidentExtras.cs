using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>What an incident row does not hold itself: its links and its open action-item count.</summary>
internal sealed record IncidentExtras(ILookup<long, int> Links, IReadOnlyDictionary<long, int> OpenActions)
{
    public Incident Apply(Incident incident) => incident with
    {
        Links = Links[incident.Id].Distinct().Order().ToList(),
        OpenActionCount = OpenActions.GetValueOrDefault(incident.Id),
    };
}
