using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Closing an incident other than by resolving it — cancelled as a false alarm or declined, merged into another as its
/// duplicate — and keeping its channel from being archived. Each is one transaction: the state, its timeline entries (in
/// the workspace's <see cref="Words"/>), the brief, headline and timers brought in line, and the messages to post.
/// </summary>
public sealed class OutcomeService(Changes changes, PermissionPolicy policy, Words words)
{
    /// <summary>Cancels an open incident with the reason given: no post-mortem, no more reminders.</summary>
    public Task<ChangeResult> CancelAsync(long incidentId, string userId, string reason, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { } incident)
            {
                return new ChangeResult(ChangeOutcome.NotFound, null);
            }

            if (!incident.IsOpen)
            {
                return new ChangeResult(ChangeOutcome.NotApplicable, incident);
            }

            if (policy.Check(incident, userId, IncidentAction.Cancel) is { Allowed: false } refusal)
            {
                return new ChangeResult(ChangeOutcome.Refused, incident, refusal);
            }

            await change.CloseAsync(incident.Id, IncidentOutcome.Cancelled, reason, null);
            await change.AddToTimelineAsync(incident.Id, TimelineKind.Cancelled, words.Text("outcome.timeline.cancelled", ("reason", reason)), userId);
            await ClosedFollowUpsAsync(change, incident.Id, new OutcomeNotice(IncidentOutcome.Cancelled, change.Now.ToUnixTimeMilliseconds(), userId, false));
            return new ChangeResult(ChangeOutcome.Done, await change.GetIncidentAsync(incident.Id));
        }, ct);

    /// <summary>
    /// Merges an open incident into incident <paramref name="targetNumber"/> (open or resolved) as its duplicate. The
    /// survivor's timeline references each of this one's entries, unless this one is private and not every member of
    /// the survivor may see it: then the survivor records only its number.
    /// </summary>
    public Task<MergeResult> MergeAsync(long incidentId, int targetNumber, string userId, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { } incident)
            {
                return new MergeResult(MergeOutcome.NotFound, null);
            }

            if (await CheckAsync(change, incident, targetNumber, userId) is { } refused)
            {
                return refused;
            }

            var target = (await change.GetIncidentByNumberAsync(targetNumber))!;
            var showsTarget = change.Shows(target, incident);
            await RecordOnSurvivorAsync(change, incident, target, userId);
            await change.CloseAsync(incident.Id, IncidentOutcome.Merged, null, target.Number);
            var merged = showsTarget
                ? words.Text("outcome.timeline.merged_titled", ("reference", target.Reference), ("title", target.Title))
                : words.Text("outcome.timeline.merged", ("reference", target.Reference));
            await change.AddToTimelineAsync(incident.Id, TimelineKind.Merged, merged, userId);
            await ClosedFollowUpsAsync(change, incident.Id, new OutcomeNotice(IncidentOutcome.Merged, change.Now.ToUnixTimeMilliseconds(), userId, showsTarget));
            return new MergeResult(MergeOutcome.Done, await change.GetIncidentAsync(incident.Id), target, showsTarget);
        }, ct);

    /// <summary>Why the merge cannot be made, or null when it can. Nothing is changed either way.</summary>
    private async Task<MergeResult?> CheckAsync(Change change, Incident incident, int targetNumber, string userId)
    {
        if (incident.Number == targetNumber)
        {
            return new MergeResult(MergeOutcome.Itself, incident);
        }

        var target = await change.GetIncidentByNumberAsync(targetNumber);
        if (target is null || (target.IsPrivate && !await change.IsMemberAsync(target.Id, userId)))
        {
            return new MergeResult(MergeOutcome.UnknownTarget, incident);
        }

        MergeOutcome? problem = !incident.IsOpen ? MergeOutcome.Closed
            : target.Outcome == IncidentOutcome.Merged ? MergeOutcome.TargetMerged
            : target.Outcome == IncidentOutcome.Cancelled ? MergeOutcome.TargetCancelled
            : null;
        if (problem is { } outcome)
        {
            return new MergeResult(outcome, incident, target);
        }

        return policy.Check(incident, userId, IncidentAction.Merge) is { Allowed: false } refusal
            ? new MergeResult(MergeOutcome.Refused, incident, target, Refusal: refusal)
            : null;
    }

    private async Task RecordOnSurvivorAsync(Change change, Incident duplicate, Incident survivor, string userId)
    {
        if (!change.Shows(duplicate, survivor))
        {
            await change.AddToTimelineAsync(survivor.Id, TimelineKind.MergedFrom,
                words.Text("outcome.timeline.merged_from_private", ("reference", duplicate.Reference)), userId);
            return;
        }

        await change.ReferenceTimelineAsync(duplicate.Id, survivor.Id, words.Text("outcome.timeline.entry_prefix", ("reference", duplicate.Reference)));
        await change.AddToTimelineAsync(survivor.Id, TimelineKind.MergedFrom,
            words.Text("outcome.timeline.merged_from", ("reference", duplicate.Reference), ("title", duplicate.Title)), userId);
        await change.QueueAsync(OutcomeWorkKinds.MergedIn, survivor.Id, duplicate.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"merged-in:{survivor.Id}:{duplicate.Id}:{change.Now.ToUnixTimeMilliseconds()}");
    }

    /// <summary>
    /// <c>/incident keep</c>: the channel is never archived. <see cref="ChangeOutcome.Unchanged"/> when it was kept
    /// already, NotApplicable when the bot archived it already.
    /// </summary>
    public Task<ChangeResult> KeepAsync(long incidentId, string userId, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await change.GetIncidentAsync(incidentId) is not { } incident)
            {
                return new ChangeResult(ChangeOutcome.NotFound, null);
            }

            if (incident.ArchivedAt is not null)
            {
                return new ChangeResult(ChangeOutcome.NotApplicable, incident);
            }

            if (!await change.KeepChannelAsync(incident.Id, userId))
            {
                return new ChangeResult(ChangeOutcome.Unchanged, incident);
            }

            await change.AddToTimelineAsync(incident.Id, TimelineKind.ChannelKept, words["outcome.timeline.kept"], userId);
            await change.QueueCoalescedAsync(OutcomeWorkKinds.ArchiveSchedule, incident.Id);
            return new ChangeResult(ChangeOutcome.Done, await change.GetIncidentAsync(incident.Id));
        }, ct);

    /// <summary>Records that the bot archived the channel, once; a timeline entry says so.</summary>
    public Task ArchivedAsync(long incidentId, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            if (await change.MarkArchivedAsync(incidentId))
            {
                await change.AddToTimelineAsync(incidentId, TimelineKind.ChannelArchived, words["outcome.timeline.archived"], null);
            }
        }, ct);

    private static async Task ClosedFollowUpsAsync(Change change, long incidentId, OutcomeNotice notice)
    {
        await change.QueueFollowUpsAsync(incidentId);
        await change.QueueCoalescedAsync(OutcomeWorkKinds.ArchiveSchedule, incidentId);
        await change.QueueAsync(OutcomeWorkKinds.OutcomeMessage, incidentId, notice.Serialize(), notice.DedupeKey(incidentId));
        var closedAt = notice.ClosedAtMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await change.QueueAsync(Stakeholders.StakeholderWorkKinds.SendClosed, incidentId, closedAt, $"stakeholders-closed:{incidentId}:{closedAt}");
    }
}
