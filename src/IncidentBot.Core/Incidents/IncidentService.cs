using System.Text.Json;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Incident state changes: each one and its timeline entry and queued Slack work in one transaction. Timeline entries
/// are in the workspace's <see cref="Words"/>: everyone in the incident reads them.
/// </summary>
public sealed class IncidentService(
    Database database,
    IncidentStore incidents,
    OpenTitleIndex openTitles,
    TimelineStore timeline,
    OutboxStore outbox,
    RoleCatalog roles,
    Words words,
    IWorkSignal signal,
    TimeProvider time)
{
    /// <summary>
    /// Records whether someone is a member of the incident (its channel's membership, as Slack reports it): a private
    /// incident is shown to its members only.
    /// </summary>
    public Task SetMemberAsync(long incidentId, string userId, bool isMember, CancellationToken ct = default) =>
        database.InTransactionAsync(
            tx => isMember ? incidents.AddMemberAsync(tx, incidentId, userId, time.GetUtcNow()) : incidents.RemoveMemberAsync(tx, incidentId, userId), ct);

    /// <summary>
    /// Records a new incident and queues its provisioning (and, when the declarer takes IC, the role's duty DM). A
    /// severity that is private by default is always declared private, whichever way it was asked for. The same
    /// idempotency key returns the incident declared the first time, with <see cref="DeclareResult.Created"/> false.
    /// </summary>
    public async Task<DeclareResult> DeclareAsync(DeclareRequest request, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();

        // "Possibly related" is advice, so it is worked out before the write lock is taken, from the in-memory index of
        // open titles: the one SQLite writer is held only for the insert.
        var related = await openTitles.MostSimilarAsync(request.Title, ct) is { } number
            ? await incidents.GetPossiblyRelatedAsync(number, request.DeclaredBy, request.IsPrivate || request.Severity.PrivateByDefault, ct)
            : null;
        var result = await database.InTransactionAsync(async tx =>
        {
            if (await incidents.FindByIdempotencyKeyAsync(tx, request.IdempotencyKey) is { } existing)
            {
                return new DeclareResult(existing, false, null);
            }

            // The new row is returned as written, not read back: the acknowledgement waits on this transaction.
            var incident = await incidents.InsertAsync(tx, new NewIncident(
                request.Title, request.Severity.Key, request.IsPrivate || request.Severity.PrivateByDefault, request.DeclaredBy, UnixTime.ToUnixMs(now),
                request.Summary, request.Impact, request.IdempotencyKey, related?.Number));
            var id = incident.Id;
            await incidents.AddMemberAsync(tx, id, request.DeclaredBy, now);
            await timeline.AddAsync(tx, Entry(id, now, TimelineKind.Declared,
                words.Text("timeline.declared", ("severity", request.Severity.DisplayKey), ("title", request.Title)), request.DeclaredBy));
            if (request.DeclarerIsCommander)
            {
                await incidents.SetRoleAsync(tx, id, RoleCatalog.IncidentCommander, request.DeclaredBy, now);
                await timeline.AddAsync(tx, Entry(id, now, TimelineKind.RoleAssigned,
                    words.Text("timeline.role.took", ("user", request.DeclaredBy), ("role", words.RoleName(roles.Commander))), request.DeclaredBy));
                incident = incident with { Roles = new Dictionary<string, string> { [RoleCatalog.IncidentCommander] = request.DeclaredBy } };
            }

            var payload = JsonSerializer.Serialize(new ProvisionPayload(request.ResponseUrl));
            await outbox.EnqueueAsync(tx, WorkKinds.ProvisionIncident, id, payload, now, $"provision:{id}");
            if (request.DeclarerIsCommander)
            {
                // The IC's duty DM, as any assignment gets (entry 0: the one made by declaring), after the channel exists.
                var duty = new RoleAssignedWork(RoleCatalog.IncidentCommander, request.DeclaredBy, null, request.DeclaredBy, 0, CommanderIsLead: false);
                await outbox.EnqueueAsync(tx, RoleAssignedWork.Kind, id, duty.Serialize(), now, duty.DedupeKey(id));
            }

            await outbox.EnqueueCoalescedAsync(tx, WorkKinds.SyncSchedule, id, now);
            return new DeclareResult(incident, true, related);
        }, ct);

        if (result.Created)
        {
            signal.Notify();
        }

        return result;
    }

    /// <summary>
    /// Gives the incident a new (already validated) title: brief, headline and channel purpose follow; the channel keeps
    /// its name. Returns the previous title, or null when the title was unchanged.
    /// </summary>
    public async Task<string?> RenameAsync(long incidentId, string title, string userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var previous = await database.InTransactionAsync(async tx =>
        {
            var incident = await incidents.GetAsync(tx, incidentId) ?? throw new KeyNotFoundException($"No incident {incidentId}.");
            if (incident.Title == title)
            {
                return null;
            }

            await incidents.SetTitleAsync(tx, incidentId, title);
            await timeline.AddAsync(tx, Entry(incidentId, now, TimelineKind.Renamed,
                words.Text("timeline.renamed", ("from", incident.Title), ("to", title)), userId));
            await outbox.EnqueueCoalescedAsync(tx, WorkKinds.SetPurpose, incidentId, now);
            await outbox.EnqueueFollowUpsAsync(tx, incidentId, now);
            return incident.Title;
        }, ct);
        if (previous is not null)
        {
            signal.Notify();
        }

        return previous;
    }

    private static TimelineEntry Entry(long incidentId, DateTimeOffset at, TimelineKind kind, string text, string? user) =>
        new(0, incidentId, at, at, kind, text, user);
}
