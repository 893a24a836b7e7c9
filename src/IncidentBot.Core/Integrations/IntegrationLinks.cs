using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Integrations;

/// <summary>The links an incident has in the vendors' systems, as its brief lists them: its Zoom bridge and its Statuspage incident, once created.</summary>
public sealed class IntegrationLinks(StatuspageSyncStore statuspage, ZoomMeetingStore zoom)
{
    public async Task<IReadOnlyList<RunbookLink>> ForAsync(Words words, long incidentId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        var links = new List<RunbookLink>();
        if (await zoom.JoinUrlAsync(incidentId, ct) is { } join && Uri.TryCreate(join, UriKind.Absolute, out var bridge))
        {
            links.Add(new RunbookLink(words["zoom.bridge"], bridge));
        }

        if (await statuspage.GetAsync(incidentId, ct) is { Shortlink: { } shortlink } && Uri.TryCreate(shortlink, UriKind.Absolute, out var url))
        {
            links.Add(new RunbookLink(words["statuspage_sync.brief.link"], url));
        }

        return links;
    }
}
