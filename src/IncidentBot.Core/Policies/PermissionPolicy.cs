using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Policies;

/// <summary>
/// Who may do what: anyone may declare, note, pin, add actions, take an empty role or assign a role other than IC.
/// Changing severity, reassigning a held IC role, resolving, cancelling, merging and reopening need the IC or an admin; when no IC is
/// assigned, anyone may. Once the incident is resolved the response is over and its record is what the post-mortem
/// reads, so changing any role and marking the post-mortem review complete need the IC or an admin too (anyone while
/// there is no IC), the rule that resolving and reopening follow. On-call rotations are the admins' once there are
/// admins (<see cref="MayChangeRotation"/>).
/// </summary>
public sealed class PermissionPolicy(IReadOnlyCollection<string> admins)
{
    public PermissionDecision Check(Incident incident, string userId, IncidentAction action)
    {
        if (!NeedsCommander(incident, action) || admins.Contains(userId))
        {
            return PermissionDecision.Allow;
        }

        var commander = incident.Commander;
        return commander is null || commander == userId
            ? PermissionDecision.Allow
            : new PermissionDecision(false, commander, admins.ToList());
    }

    /// <summary>
    /// Who may change an on-call rotation: while no admins are configured, anyone (a small team runs its own rota); once
    /// some are, an admin, or for an override one of the <paramref name="concerned"/> people standing in for each other.
    /// Setting a rotation's members concerns everyone in it, so it is the admins' alone then.
    /// </summary>
    public bool MayChangeRotation(string userId, IReadOnlyCollection<string> concerned) =>
        admins.Count == 0 || admins.Contains(userId) || concerned.Contains(userId);

    /// <summary>The configured admins, to name in a refusal.</summary>
    public IReadOnlyCollection<string> Admins => admins;

    private static bool NeedsCommander(Incident incident, IncidentAction action) => action switch
    {
        IncidentAction.ChangeSeverity or IncidentAction.Resolve or IncidentAction.Reopen or IncidentAction.CompleteReview
            or IncidentAction.Cancel or IncidentAction.Merge => true,
        IncidentAction.ReassignCommander => incident.Commander is not null,
        IncidentAction.TakeEmptyRole or IncidentAction.AssignRole => !incident.IsOpen,
        _ => false,
    };
}
