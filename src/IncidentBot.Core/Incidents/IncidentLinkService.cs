using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// <c>/incident link INC-7</c>: records a related incident, shown in both briefs and the post-mortem; its timeline entry
/// is in the workspace's <see cref="Words"/>.
/// </summary>
public sealed class IncidentLinkService(Changes changes, Words words)
{
    /// <summary>
    /// Links; <see cref="ChangeOutcome.NotApplicable"/> for the incident itself, NotFound for an unknown number and for a
    /// private incident <paramref name="userId"/> is not a member of (to them it does not exist).
    /// </summary>
    public Task<ChangeResult> LinkAsync(long incidentId, int relatedNumber, string userId, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { } incident)
            {
                return new ChangeResult(ChangeOutcome.NotFound, null);
            }

            if (incident.Number == relatedNumber)
            {
                return new ChangeResult(ChangeOutcome.NotApplicable, incident);
            }

            var related = await change.GetIncidentByNumberAsync(relatedNumber);
            if (related is null || (related.IsPrivate && !await change.IsMemberAsync(related.Id, userId)))
            {
                return new ChangeResult(ChangeOutcome.NotFound, incident);
            }

            if (incident.Links.Contains(relatedNumber) || !await change.AddLinkAsync(incident.Id, relatedNumber, userId))
            {
                return new ChangeResult(ChangeOutcome.Unchanged, incident);
            }

            var text = related.IsPrivate
                ? words.Text("timeline.linked", ("reference", related.Reference))
                : words.Text("timeline.linked_titled", ("reference", related.Reference), ("title", related.Title));
            await change.AddToTimelineAsync(incident.Id, TimelineKind.Linked, text, userId);
            await change.QueueFollowUpsAsync(incident.Id);
            await change.QueueCoalescedAsync(WorkKinds.RefreshMessages, related.Id);
            return new ChangeResult(ChangeOutcome.Done, await change.GetIncidentAsync(incident.Id));
        }, ct);
}
