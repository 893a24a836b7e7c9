using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Integrations;

/// <summary>
/// The links an incident has in the vendors' systems, as its brief lists them: its Zoom bridge once created (or, where
/// Zoom was given up for it, the static bridge standing in) and its Statuspage incident once created.
/// </summary>
public sealed class IntegrationLinks(StatuspageSyncStore statuspage, ZoomMeetingStore zoom, EffectLedger ledger, WarRoomLinks warRoom)
{
    public async Task<IReadOnlyList<RunbookLink>> ForAsync(Words words, Incident incident, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(incident);
        var incidentId = incident.Id;
        var links = new List<RunbookLink>();
        if (await zoom.JoinUrlAsync(incidentId, ct) is { } join && Uri.TryCreate(join, UriKind.Absolute, out var bridge))
        {
            links.Add(new RunbookLink(words["zoom.bridge"], bridge));
        }
        else if (await ledger.GetAsync(ZoomWorkKinds.StandInEffect(incidentId), ct) is { IsDone: true } && warRoom.StaticBridge(words, incident) is { } standIn)
        {
            links.Add(standIn);
        }

        if (await statuspage.GetAsync(incidentId, ct) is { Shortlink: { } shortlink } && Uri.TryCreate(shortlink, UriKind.Absolute, out var url))
        {
            links.Add(new RunbookLink(words["statuspage_sync.brief.link"], url));
        }

        return links;
    }
}
