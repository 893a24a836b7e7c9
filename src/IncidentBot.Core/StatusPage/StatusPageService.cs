using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.StatusPage;

/// <summary>
/// The public status page: publishing a one-line message (<c>/incident update --public</c>) and building what the page
/// shows from the stored messages and components (<see cref="StatusBoard"/>). Timeline entries are in the workspace's words.
/// </summary>
public sealed class StatusPageService(Changes changes, StatusPageStore store, ComponentCatalog catalog, StatusPageOptions options, Words words, TimeProvider time,
    Integrations.StatuspageDispatch? statuspage = null)
{
    /// <summary>
    /// Publishes <paramref name="text"/> at the stage the incident's status gives (resolved incidents too). The same
    /// <paramref name="requestKey"/> publishes once. Refused for private and security incidents.
    /// </summary>
    public Task<PublishResult> PublishAsync(long incidentId, string requestKey, string userId, string text, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            var incident = await change.GetIncidentAsync(incidentId) ?? throw new KeyNotFoundException($"No incident {incidentId}.");
            if (!PublicRecord.MayPublish(incident))
            {
                return new PublishResult(incident, null);
            }

            // A request key seen before (a retried command) published already: it answers as it did the first time.
            var message = await PublicRecord.RecordAsync(change, words, incident, new PublicPost(text, null), userId, requestKey, statuspage);
            return new PublishResult(incident, message ?? new PublicMessage(0, incident.Id, PublicStages.For(incident.Status), text.Trim(), userId, change.Now));
        }, ct);

    public Task<IReadOnlyList<PublicMessage>> MessagesAsync(long incidentId, CancellationToken ct = default) => store.MessagesAsync(incidentId, ct);

    public Task<IReadOnlyDictionary<string, ComponentState>> ComponentsAsync(long incidentId, CancellationToken ct = default) => store.ComponentsAsync(incidentId, ct);

    /// <summary>What the page shows now.</summary>
    public async Task<StatusBoard> BoardAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var rows = await store.BoardAsync(now - options.ShowResolvedFor, ct);
        var messages = rows.Messages.ToLookup(m => m.IncidentId);
        var affected = rows.Components.ToLookup(c => c.IncidentId);
        var incidents = rows.Incidents.Select(i =>
        {
            var theirs = messages[i.Id].ToList();
            var stage = i.ResolvedAt is not null || i.Status == nameof(IncidentStatus.Resolved) ? PublicStage.Resolved : theirs[0].Stage;
            var parts = affected[i.Id].Select(c => catalog.Find(c.Component) is { } known ? known with { State = c.State } : null)
                .OfType<BoardComponent>().OrderBy(c => catalog.All.ToList().FindIndex(k => k.Key == c.Key)).ToList();
            return new BoardIncident((int)i.Number, stage, i.DeclaredAt, i.ResolvedAt, parts, theirs);
        }).OrderByDescending(i => i.UpdatedAt).ToList();
        var live = incidents.Where(i => i.IsLive).ToList();
        var components = catalog.All.Select(c => c with
        {
            State = live.SelectMany(i => i.Affected).Where(a => a.Key == c.Key).Select(a => a.State).DefaultIfEmpty(ComponentState.Operational).Max(),
        }).ToList();
        var overall = live.Select(i => i.Impact).DefaultIfEmpty(ComponentState.Operational).Max();
        return new StatusBoard(overall, components, live, incidents.Where(i => !i.IsLive).ToList(), now);
    }
}
