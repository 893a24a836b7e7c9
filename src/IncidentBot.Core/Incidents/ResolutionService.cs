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
public sealed class ResolutionService(Changes changes, PermissionPolicy policy, Words words, Integrations.PagerDutyDispatch? pagerDuty = null,
    Integrations.OpsgenieDispatch? opsgenie = null, Integrations.StatuspageDispatch? statuspage = null)
{
    /// <summary>Whether <paramref name="userId"/> may resolve or reopen, for answering before a modal opens.</summary>
    public PermissionDecision Check(Incident incident, string userId, IncidentAction action) => policy.Check(incident, userId, action);

    public Task<ChangeResult> ResolveAsync(ResolveRequest request, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await change.GetIncidentAsync(request.IncidentId) is not { } incident)
            {
                return new ChangeResult(ChangeOutcome.NotFound, null);
            }

            if (await change.FindResolutionByKeyAsync(request.RequestKey) is not null)
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

            var sequence = await change.CountResolutionsAsync(incident.Id) + 1;
            await change.ResolveAsync(new Resolution(incident.Id, sequence, request.Summary, request.RootCause,
                request.ImpactConfirmed, request.StartPostmortem, request.UserId, change.Now), request.RequestKey);
            await change.AddToTimelineAsync(incident.Id, TimelineKind.Resolved,
                words.Text("timeline.resolved", ("duration", words.Duration(change.Now - incident.DeclaredAt)), ("summary", request.Summary)), request.UserId);
            await FollowUpsAsync(change, incident.Id, new ResolutionNotice(ResolutionNotice.Resolved, sequence));
            await TellLinkedAsync(change, incident, sequence);
            await change.QueueAsync(Stakeholders.StakeholderWorkKinds.SendResolution, incident.Id,
                sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), $"stakeholders-resolution:{incident.Id}:{sequence}");
            if (pagerDuty is not null)
            {
                await pagerDuty.QueueResolveAsync(change, incident.Id, sequence);
            }

            if (opsgenie is not null)
            {
                await opsgenie.QueueCloseAsync(change, incident.Id, sequence);
            }

            if (statuspage is not null)
            {
                await statuspage.QueueForResolutionAsync(change, incident, sequence);
            }

            if (request.StartPostmortem)
            {
                var key = $"resolve-{sequence}";
                await change.QueueAsync(ResolutionWorkKinds.CompilePostmortem, incident.Id, key, $"postmortem:{incident.Id}:{key}");
            }

            return new ChangeResult(ChangeOutcome.Done, await change.GetIncidentAsync(incident.Id));
        }, ct);

    public Task<ChangeResult> ReopenAsync(long incidentId, string userId, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { } incident)
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

            await change.ReopenAsync(incident.Id);
            await change.AddToTimelineAsync(incident.Id, TimelineKind.Reopened, words["timeline.reopened"], userId);
            var sequence = await change.CountResolutionsAsync(incident.Id);
            await FollowUpsAsync(change, incident.Id, new ResolutionNotice(ResolutionNotice.Reopened, sequence));
            return new ChangeResult(ChangeOutcome.Done, await change.GetIncidentAsync(incident.Id));
        }, ct);

    private static async Task FollowUpsAsync(Change change, long incidentId, ResolutionNotice notice)
    {
        await change.QueueFollowUpsAsync(incidentId);
        await change.QueueCoalescedAsync(ResolutionWorkKinds.PostmortemSchedule, incidentId);
        await change.QueueCoalescedAsync(OutcomeWorkKinds.ArchiveSchedule, incidentId);
        await change.QueueAsync(ResolutionWorkKinds.ResolutionMessage, incidentId, JsonSerializer.Serialize(notice),
            $"resolution-message:{incidentId}:{notice.Event}:{notice.Sequence}");
    }

    /// <summary>
    /// The cascade of <c>/incident link</c>: each open incident linked with the resolved one, either way round, records
    /// it in its timeline and is told in its channel, so that it can be resolved too when it was the same trouble. A private
    /// incident's resolution is told only where every member could see it (<see cref="ResolutionStore.OpenLinkedIdsToTellAsync"/>).
    /// </summary>
    private async Task TellLinkedAsync(Change change, Incident resolved, int sequence)
    {
        foreach (var linkedId in await change.OpenLinkedIdsToTellAsync(resolved))
        {
            await change.AddToTimelineAsync(linkedId, TimelineKind.Linked,
                words.Text("timeline.linked_resolved", ("reference", resolved.Reference)), null);
            await change.QueueAsync(ResolutionWorkKinds.LinkedResolved, linkedId,
                JsonSerializer.Serialize(new LinkedResolution(resolved.Id, sequence)), $"linked-resolved:{linkedId}:{resolved.Id}:{sequence}");
        }
    }
}
