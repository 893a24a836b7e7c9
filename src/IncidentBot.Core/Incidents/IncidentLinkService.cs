using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// <c>/incident link INC-7</c>: records a related incident, shown in both briefs and the post-mortem; its timeline entry
/// is in the workspace's <see cref="Words"/>.
/// </summary>
public sealed class IncidentLinkService(
    Database database,
    IncidentStore incidents,
    ResolutionStore resolutions,
    TimelineStore timeline,
    OutboxStore outbox,
    Words words,
    IWorkSignal signal,
    TimeProvider time)
{
    /// <summary>
    /// Links; <see cref="ChangeOutcome.NotApplicable"/> for the incident itself, NotFound for an unknown number and for a
    /// private incident <paramref name="userId"/> is not a member of (to them it does not exist).
    /// </summary>
    public async Task<ChangeResult> LinkAsync(long incidentId, int relatedNumber, string userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var result = await database.InTransactionAsync(async tx =>
        {
            if (await incidents.GetAsync(tx, incidentId) is not { } incident)
            {
                return new ChangeResult(ChangeOutcome.NotFound, null);
            }

            if (incident.Number == relatedNumber)
            {
                return new ChangeResult(ChangeOutcome.NotApplicable, incident);
            }

            var related = await incidents.GetByNumberAsync(tx, relatedNumber);
            if (related is null || (related.IsPrivate && !await incidents.IsMemberAsync(tx, related.Id, userId)))
            {
                return new ChangeResult(ChangeOutcome.NotFound, incident);
            }

            if (incident.Links.Contains(relatedNumber) || !await resolutions.AddLinkAsync(tx, incident.Id, relatedNumber, userId, now))
            {
                return new ChangeResult(ChangeOutcome.Unchanged, incident);
            }

            var text = related.IsPrivate
                ? words.Text("timeline.linked", ("reference", related.Reference))
                : words.Text("timeline.linked_titled", ("reference", related.Reference), ("title", related.Title));
            await timeline.AddAsync(tx, new TimelineEntry(0, incident.Id, now, now, TimelineKind.Linked, text, userId));
            await outbox.EnqueueFollowUpsAsync(tx, incident.Id, now);
            await outbox.EnqueueCoalescedAsync(tx, WorkKinds.RefreshMessages, related.Id, now);
            return new ChangeResult(ChangeOutcome.Done, await incidents.GetAsync(tx, incident.Id));
        }, ct);
        if (result.Changed)
        {
            signal.Notify();
        }

        return result;
    }
}
