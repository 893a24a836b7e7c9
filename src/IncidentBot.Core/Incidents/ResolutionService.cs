using System.Data;
using System.Text.Json;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Resolving and reopening: each is a state change, its timeline entry (in the workspace's <see cref="Words"/>), the follow-up work
/// (brief, headline, reminders), the resolution message, the post-mortem compile and, for a resolution, word to the open
/// incidents linked with it, all in one transaction.
/// </summary>
public sealed class ResolutionService(
    Database database,
    IncidentStore incidents,
    ResolutionStore resolutions,
    TimelineStore timeline,
    OutboxStore outbox,
    PermissionPolicy policy,
    Words words,
    IWorkSignal signal,
    TimeProvider time)
{
    /// <summary>Whether <paramref name="userId"/> may resolve or reopen, for answering before a modal opens.</summary>
    public PermissionDecision Check(Incident incident, string userId, IncidentAction action) => policy.Check(incident, userId, action);

    public async Task<ChangeResult> ResolveAsync(ResolveRequest request, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var result = await database.InTransactionAsync(async tx =>
        {
            if (await incidents.GetAsync(tx, request.IncidentId) is not { } incident)
            {
                return new ChangeResult(ChangeOutcome.NotFound, null);
            }

            if (await resolutions.FindByRequestKeyAsync(tx, request.RequestKey) is not null)
            {
                return new ChangeResult(ChangeOutcome.Unchanged, incident);
            }

            if (!incident.IsOpen)
            {
                return new ChangeResult(ChangeOutcome.NotApplicable, incident);
            }

            if (policy.Check(incident, request.UserId, IncidentAction.Resolve) is { Allowed: false } refusal)
            {
                return new ChangeResult(ChangeOutcome.Refused, incident, refusal);
            }

            var sequence = await resolutions.CountAsync(tx, incident.Id) + 1;
            await resolutions.ResolveAsync(tx, new Resolution(incident.Id, sequence, request.Summary, request.RootCause,
                request.ImpactConfirmed, request.StartPostmortem, request.UserId, now), request.RequestKey);
            await timeline.AddAsync(tx, Entry(incident.Id, now, TimelineKind.Resolved,
                words.Text("timeline.resolved", ("duration", words.Duration(now - incident.DeclaredAt)), ("summary", request.Summary)), request.UserId));
            await FollowUpsAsync(tx, incident.Id, new ResolutionNotice(ResolutionNotice.Resolved, sequence), now);
            await TellLinkedAsync(tx, incident, sequence, now);
            if (request.StartPostmortem)
            {
                var key = $"resolve-{sequence}";
                await outbox.EnqueueAsync(tx, ResolutionWorkKinds.CompilePostmortem, incident.Id, key, now, $"postmortem:{incident.Id}:{key}");
            }

            return new ChangeResult(ChangeOutcome.Done, await incidents.GetAsync(tx, incident.Id));
        }, ct);
        return Notify(result);
    }

    public async Task<ChangeResult> ReopenAsync(long incidentId, string userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var result = await database.InTransactionAsync(async tx =>
        {
            if (await incidents.GetAsync(tx, incidentId) is not { } incident)
            {
                return new ChangeResult(ChangeOutcome.NotFound, null);
            }

            if (incident.IsOpen)
            {
                return new ChangeResult(ChangeOutcome.NotApplicable, incident);
            }

            if (policy.Check(incident, userId, IncidentAction.Reopen) is { Allowed: false } refusal)
            {
                return new ChangeResult(ChangeOutcome.Refused, incident, refusal);
            }

            await resolutions.ReopenAsync(tx, incident.Id);
            await timeline.AddAsync(tx, Entry(incident.Id, now, TimelineKind.Reopened, words["timeline.reopened"], userId));
            var sequence = await resolutions.CountAsync(tx, incident.Id);
            await FollowUpsAsync(tx, incident.Id, new ResolutionNotice(ResolutionNotice.Reopened, sequence), now);
            return new ChangeResult(ChangeOutcome.Done, await incidents.GetAsync(tx, incident.Id));
        }, ct);
        return Notify(result);
    }

    private async Task FollowUpsAsync(IDbTransaction tx, long incidentId, ResolutionNotice notice, DateTimeOffset now)
    {
        await outbox.EnqueueFollowUpsAsync(tx, incidentId, now);
        await outbox.EnqueueCoalescedAsync(tx, ResolutionWorkKinds.PostmortemSchedule, incidentId, now);
        await outbox.EnqueueAsync(tx, ResolutionWorkKinds.ResolutionMessage, incidentId, JsonSerializer.Serialize(notice), now,
            $"resolution-message:{incidentId}:{notice.Event}:{notice.Sequence}");
    }

    /// <summary>
    /// The cascade of <c>/incident link</c>: each open incident linked with the resolved one, either way round, records
    /// it in its timeline and is told in its channel, so that it can be resolved too when it was the same trouble. A private
    /// incident's resolution is told only where every member could see it (<see cref="ResolutionStore.OpenLinkedIdsToTellAsync"/>).
    /// </summary>
    private async Task TellLinkedAsync(IDbTransaction tx, Incident resolved, int sequence, DateTimeOffset now)
    {
        foreach (var linkedId in await resolutions.OpenLinkedIdsToTellAsync(tx, resolved))
        {
            await timeline.AddAsync(tx, Entry(linkedId, now, TimelineKind.Linked,
                words.Text("timeline.linked_resolved", ("reference", resolved.Reference)), null));
            await outbox.EnqueueAsync(tx, ResolutionWorkKinds.LinkedResolved, linkedId,
                JsonSerializer.Serialize(new LinkedResolution(resolved.Id, sequence)), now, $"linked-resolved:{linkedId}:{resolved.Id}:{sequence}");
        }
    }

    private ChangeResult Notify(ChangeResult result)
    {
        if (result.Changed)
        {
            signal.Notify();
        }

        return result;
    }

    private static TimelineEntry Entry(long incidentId, DateTimeOffset at, TimelineKind kind, string text, string? user) =>
        new(0, incidentId, at, at, kind, text, user);
}
