using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Assigns incident roles: the holder change, its timeline entry (in the workspace's <see cref="Words"/>), the new member, and the queued Slack work (invite,
/// duty DM, brief refresh) in one transaction. Reassigning a held IC role needs the IC or an admin, and so does any role
/// change once the incident is resolved (<see cref="PermissionPolicy"/>).
/// </summary>
public sealed class RoleService(Changes changes, RoleCatalog catalog, PermissionPolicy permissions, Words words)
{
    public const string TechnicalLead = "lead";

    public async Task<RoleAssignmentResult> AssignAsync(RoleAssignment request, CancellationToken ct = default)
    {
        if (catalog.Find(request.RoleKey) is not { } role)
        {
            return new RoleAssignmentResult.UnknownRole(request.RoleKey);
        }

        return await changes.RunAsync(change => AssignInAsync(change, request, role), ct);
    }

    /// <summary>The assignment as part of a change already under way (an acknowledged page makes its acknowledger IC).</summary>
    public async Task<RoleAssignmentResult> AssignAsync(Change change, RoleAssignment request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return catalog.Find(request.RoleKey) is { } role
            ? await AssignInAsync(change, request, role)
            : new RoleAssignmentResult.UnknownRole(request.RoleKey);
    }

    private async Task<RoleAssignmentResult> AssignInAsync(Change change, RoleAssignment request, RoleDefinition role)
    {
        if (await change.GetIncidentAsync(request.IncidentId) is not { } incident)
        {
            return new RoleAssignmentResult.NotFound(request.IncidentId);
        }

        var current = incident.RoleHolder(role.Key);
        if (current == request.AssigneeId)
        {
            return new RoleAssignmentResult.Unchanged(incident, role);
        }

        if (request.Expected is { } expected && expected.UserId != current)
        {
            return new RoleAssignmentResult.Conflict(incident, role, current);
        }

        if (permissions.Check(incident, request.ActorId, ActionFor(role, current)) is { Allowed: false } decision)
        {
            return new RoleAssignmentResult.Refused(incident, role, decision);
        }

        if (!await change.TrySetRoleAsync(incident.Id, role.Key, current, request.AssigneeId))
        {
            return new RoleAssignmentResult.Conflict(incident, role, (await change.GetIncidentAsync(incident.Id))!.RoleHolder(role.Key));
        }

        await RecordAsync(change, incident, role, current, request);
        return new RoleAssignmentResult.Assigned((await change.GetIncidentAsync(incident.Id))!, role, current);
    }

    /// <summary>What changing this role is, for the permission policy.</summary>
    public static IncidentAction ActionFor(RoleDefinition role, string? current) =>
        role.Key == RoleCatalog.IncidentCommander ? IncidentAction.ReassignCommander
        : current is null ? IncidentAction.TakeEmptyRole
        : IncidentAction.AssignRole;

    private async Task RecordAsync(Change change, Incident incident, RoleDefinition role, string? previous, RoleAssignment request)
    {
        var kind = previous is null ? TimelineKind.RoleAssigned : TimelineKind.RoleHandedOver;
        await change.AddToTimelineAsync(incident.Id, kind, Describe(words, role, previous, request), request.ActorId);
        await change.AddMemberAsync(incident.Id, request.AssigneeId);
        var entryId = await change.LatestTimelineEntryIdAsync(incident.Id);
        var holders = new Dictionary<string, string>(incident.Roles) { [role.Key] = request.AssigneeId };
        var work = new RoleAssignedWork(role.Key, request.AssigneeId, previous, request.ActorId, entryId, CommanderIsLead(holders, role.Key));
        await change.QueueAsync(RoleAssignedWork.Kind, incident.Id, work.Serialize(), work.DedupeKey(incident.Id));
        await change.QueueFollowUpsAsync(incident.Id);
    }

    /// <summary>
    /// True when this assignment left one person holding both IC and lead (the IC should not be fixing).
    /// </summary>
    public static bool CommanderIsLead(IReadOnlyDictionary<string, string> holders, string changedRole) =>
        changedRole is RoleCatalog.IncidentCommander or TechnicalLead
        && holders.TryGetValue(RoleCatalog.IncidentCommander, out var ic)
        && holders.TryGetValue(TechnicalLead, out var lead)
        && ic == lead;

    /// <summary>
    /// "&lt;@U2&gt; took Incident Commander"; "Incident Commander handed over from &lt;@U1&gt; to &lt;@U2&gt;", with the
    /// role's name in <paramref name="words"/>' language.
    /// </summary>
    public static string Describe(Words words, RoleDefinition role, string? previous, RoleAssignment request)
    {
        ArgumentNullException.ThrowIfNull(words);
        var (assignee, actor, name) = (request.AssigneeId, request.ActorId, words.RoleName(role));
        if (previous is not null)
        {
            return actor != previous && actor != assignee
                ? words.Text("timeline.role.handed_over_by", ("role", name), ("previous", previous), ("user", assignee), ("actor", actor))
                : words.Text("timeline.role.handed_over", ("role", name), ("previous", previous), ("user", assignee));
        }

        return actor == assignee
            ? words.Text("timeline.role.took", ("user", assignee), ("role", name))
            : words.Text("timeline.role.made", ("actor", actor), ("user", assignee), ("role", name));
    }
}
