using Dapper;
using IncidentBot.Core.Integrations;

namespace IncidentBot.Core.Storage;

/// <summary>The Confluence page each incident's post-mortem is published as (one per incident).</summary>
public sealed class PostmortemPageStore(Database database)
{
    public Task<PostmortemPage?> GetAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(async c => (await c.QuerySingleOrDefaultAsync<(long IncidentId, string PageId, string Url, long PageVersion, long PostmortemVersion)?>(
            "SELECT incident_id, page_id, url, page_version, postmortem_version FROM postmortem_pages WHERE incident_id = @incidentId",
            new { incidentId })) is { } r ? new PostmortemPage(r.IncidentId, r.PageId, r.Url, (int)r.PageVersion, (int)r.PostmortemVersion) : null, ct);

    /// <summary>Stores the page as it now is: created, or moved on to a new version.</summary>
    public Task SaveAsync(PostmortemPage page, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        return database.InTransactionAsync(tx => tx.Connection!.ExecuteAsync("""
            INSERT INTO postmortem_pages (incident_id, page_id, url, page_version, postmortem_version)
            VALUES (@IncidentId, @PageId, @Url, @PageVersion, @PostmortemVersion)
            ON CONFLICT (incident_id) DO UPDATE SET page_id = excluded.page_id, url = excluded.url,
                page_version = excluded.page_version, postmortem_version = excluded.postmortem_version
            """, new { page.IncidentId, page.PageId, page.Url, PageVersion = (long)page.PageVersion, PostmortemVersion = (long)page.PostmortemVersion }, tx), ct);
    }
}
