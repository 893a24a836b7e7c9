using IncidentBot.Core.Configuration;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// The links an incident's channel is bookmarked with and its brief shows: its type's runbooks and dashboards, and the static
/// video bridge (its severity's, else the one for all) unless Zoom creates a meeting for the incident's severity (where
/// Zoom was given up for the incident, <see cref="Integrations.IntegrationLinks"/> adds the static bridge back).
/// </summary>
public sealed class WarRoomLinks(IncidentTypeCatalog types, IncidentBotOptions options, Integrations.ZoomDispatch? zoom = null)
{
    public IncidentType TypeOf(Incident incident) => types.Of(incident);

    public IReadOnlyList<RunbookLink> For(Words words, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(words);
        var links = types.Of(incident).Runbooks.Select(RunbookLink.Parse).OfType<RunbookLink>().ToList();
        // A Zoom meeting made for the incident is its bridge (see IntegrationLinks); a static one only where Zoom makes none.
        if (zoom?.Bridges(incident.SeverityKey) != true && StaticBridge(words, incident) is { } bridge)
        {
            links.Insert(0, bridge);
        }

        return links;
    }

    /// <summary>The static video bridge configured for the incident's severity, whether or not Zoom makes one; null when none is.</summary>
    public RunbookLink? StaticBridge(Words words, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(incident);
        return RunbookLink.Parse(options.Bridge.For(incident.SeverityKey, options.VideoBridgeUrl)) is { } bridge
            ? bridge with { Title = words["types.bookmark.video_bridge"] }
            : null;
    }
}
