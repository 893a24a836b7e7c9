using IncidentBot.Core.Configuration;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>The links an incident's channel is bookmarked with and its brief shows: its type's runbooks and dashboards, and the video bridge.</summary>
public sealed class WarRoomLinks(IncidentTypeCatalog types, IncidentBotOptions options)
{
    public IncidentType TypeOf(Incident incident) => types.Of(incident);

    public IReadOnlyList<RunbookLink> For(Words words, Incident incident)
    {
        ArgumentNullException.ThrowIfNull(words);
        var links = types.Of(incident).Runbooks.Select(RunbookLink.Parse).OfType<RunbookLink>().ToList();
        if (RunbookLink.Parse(options.VideoBridgeUrl) is { } bridge)
        {
            links.Insert(0, bridge with { Title = words["types.bookmark.video_bridge"] });
        }

        return links;
    }
}
