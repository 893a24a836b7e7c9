using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Integrations;

/// <summary>The links an incident has in the vendors' systems, as its brief lists them: its Statuspage incident, once created.</summary>
public sealed class IntegrationLinks(StatuspageSyncStore statuspage)
{
    public async Task<IReadOnlyList<RunbookLink>> ForAsync(Words words, long incidentId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        var links = new List<RunbookLink>();
        if (await statuspage.GetAsync(incidentId, ct) is { Shortlink: { } shortlink } && Uri.TryCreate(shortlink, UriKind.Absolute, out var url))
        {
            links.Add(new RunbookLink(words["statuspage_sync.brief.link"], url));
        }

        return links;
    }
}
