using System.Text.Json;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Incident state changes: each one and its timeline entry and queued Slack work in one transaction. Timeline entries
/// are in the workspace's <see cref="Words"/>: everyone in the incident reads them.
/// </summary>
public sealed class IncidentService(Changes changes, IncidentStore incidents, OpenTitleIndex openTitles, RoleCatalog roles, Words words,
    Integrations.PagerDutyDispatch? pagerDuty = null, Integrations.OpsgenieDispatch? opsgenie = null, Integrations.ZoomDispatch? zoom = null)
{
    /// <summary>
    /// Records whether someone is a member of the incident (its channel's membership, as Slack reports it): a private
    /// incident is shown to its members only.
    /// </summary>
    public Task SetMemberAsync(long incidentId, string userId, bool isMember, CancellationToken ct = default) =>
        changes.RunAsync(change => isMember ? change.AddMemberAsync(incidentId, userId) : change.RemoveMemberAsync(incidentId, userId), ct);

    /// <summary>
    /// Records a new incident and queues its provisioning (and, when the declarer takes IC, the role's duty DM). A
    /// severity or type that is private by default is always declared private, whichever way it was asked for. The same
    /// idempotency key returns the incident declared the first time, with <see cref="DeclareResult.Created"/> false.
    /// </summary>
    public async Task<DeclareResult> DeclareAsync(DeclareRequest request, CancellationToken ct = default)
    {
        // "Possibly related" is advice, so it is worked out before the write lock is taken, from the in-memory index of
        // open titles: the one SQLite writer is held only for the insert.
        var isPrivate = request.IsPrivate || request.Severity.PrivateByDefault || request.Type?.IsPrivate == true;
        var related = await openTitles.MostSimilarAsync(request.Title, ct) is { } number
            ? await incidents.GetPossiblyRelatedAsync(number, request.DeclaredBy, isPrivate, ct)
            : null;
        // Everything the declare writes is its own new incident's, so it needs no turn among the writers: on PostgreSQL a
        // burst of declares runs side by side (the number comes from a sequence, the same key twice inserts once).
        return await changes.RunAsync(async change =>
        {
            if (await change.FindIncidentByKeyAsync(request.IdempotencyKey) is { } existing)
            {
                return new DeclareResult(existing, false, null);
            }

            // The new row is returned as written, not read back: the acknowledgement waits on this transaction.
            if (await change.TryInsertIncidentAsync(new NewIncident(request.Title, request.Severity.Key, isPrivate, request.DeclaredBy,
                    UnixTime.ToUnixMs(change.Now), request.Summary, request.Impact, request.IdempotencyKey, related?.Number,
                    request.Type?.Key ?? Configuration.DefaultTypes.DefaultKey, request.DetectedVia)) is not { } incident)
            {
                // The same declare (Slack's retry, a double submit) committed meanwhile beside this one.
                return new DeclareResult(await change.FindIncidentByKeyAsync(request.IdempotencyKey)
                    ?? throw new InvalidOperationException("An incident under this key was inserted but cannot be read."), false, null);
            }

            var id = incident.Id;
            await change.AddMemberAsync(id, request.DeclaredBy);
            if (request.Components is { Count: > 0 } components)
            {
                await StatusPageStore.SetComponentsAsync(change.Transaction, id, components);
            }

            await change.AddToTimelineAsync(id, TimelineKind.Declared,
                words.Text("timeline.declared", ("severity", request.Severity.DisplayKey), ("title", request.Title)), request.DeclaredBy);
            if (request.DeclarerIsCommander)
            {
                await change.SetRoleAsync(id, RoleCatalog.IncidentCommander, request.DeclaredBy);
                await change.AddToTimelineAsync(id, TimelineKind.RoleAssigned,
                    words.Text("timeline.role.took", ("user", request.DeclaredBy), ("role", words.RoleName(roles.Commander))), request.DeclaredBy);
                incident = incident with { Roles = new Dictionary<string, string> { [RoleCatalog.IncidentCommander] = request.DeclaredBy } };
            }

            var payload = JsonSerializer.Serialize(new ProvisionPayload(request.ResponseUrl));
            await change.QueueAsync(WorkKinds.ProvisionIncident, id, payload, $"provision:{id}");
            if (request.Type is { } type)
            {
                // The war room's bookmarks, guide and checklists follow the channel, in the incident's line of work.
                await ChecklistService.StartAsync(change, words, incident, type);
                await change.QueueAsync(TypeWorkKinds.OpenWarRoom, id, "{}", TypeWorkKinds.OpenWarRoomKey(id));
            }

            if (request.DeclarerIsCommander)
            {
                // The IC's duty DM, as any assignment gets (entry 0: the one made by declaring), after the channel exists.
                var duty = new RoleAssignedWork(RoleCatalog.IncidentCommander, request.DeclaredBy, null, request.DeclaredBy, 0, CommanderIsLead: false);
                await change.QueueAsync(RoleAssignedWork.Kind, id, duty.Serialize(), duty.DedupeKey(id));
            }

            if (request.PageRotation is { } rotation && !request.DeclarerIsCommander)
            {
                // Paged after the channel exists (each incident's work runs in order), so the page can point to it.
                await change.QueueAsync(Oncall.OncallWorkKinds.PageOnDeclare, id,
                    Oncall.OncallWorkKinds.Serialize(new Oncall.RotationPayload(rotation)), $"page-declare:{id}");
            }

            if (pagerDuty is not null)
            {
                await pagerDuty.QueueTriggerAsync(change, incident);
            }

            if (opsgenie is not null)
            {
                await opsgenie.QueueCreateAsync(change, incident);
            }

            if (zoom is not null)
            {
                await zoom.QueueMeetingAsync(change, incident);
            }

            await change.QueueCoalescedAsync(WorkKinds.SyncSchedule, id);
            return new DeclareResult(incident, true, related);
        }, Isolation.RowLocks, ct);
    }

    /// <summary>
    /// Gives the incident a new (already validated) title: brief, headline and channel purpose follow; the channel keeps
    /// its name. Returns the previous title, or null when the title was unchanged.
    /// </summary>
    public Task<string?> RenameAsync(long incidentId, string title, string userId, CancellationToken ct = default) =>
        changes.RunAsync(async change =>
        {
            var incident = await change.GetIncidentAsync(incidentId) ?? throw new KeyNotFoundException($"No incident {incidentId}.");
            if (incident.Title == title)
            {
                return null;
            }

            await change.SetTitleAsync(incidentId, title);
            await change.AddToTimelineAsync(incidentId, TimelineKind.Renamed,
                words.Text("timeline.renamed", ("from", incident.Title), ("to", title)), userId);
            await change.QueueCoalescedAsync(WorkKinds.SetPurpose, incidentId);
            await change.QueueFollowUpsAsync(incidentId);
            return incident.Title;
        }, ct);
}
