using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Interactions;

/// <summary>
/// The roles modal's submission: assigns each role the person changed, with the same rules as the command. A refusal
/// (reassigning a held IC, or any role of a resolved incident, without being IC or admin) assigns nothing; a role someone else changed meanwhile is reported
/// on its field.
/// </summary>
public sealed class RolesSubmission(RoleService service, IncidentStore incidents, RoleCatalog roles, PermissionPolicy permissions, Wording wording)
    : IViewSubmissionHandler
{
    public string CallbackId => RolesModal.CallbackId;

    public async Task<ViewSubmissionResult> HandleAsync(InteractionPayload payload, CancellationToken ct)
    {
        var firstBlock = RolesModal.BlockId(roles.All[0]);
        var words = await wording.ForAsync(payload, ct);
        if (RolesModalMetadata.Parse(payload.PrivateMetadata) is not { } metadata || payload.UserId is not { } user
            || await incidents.GetAsync(metadata.IncidentId, ct) is not { } incident)
        {
            return ViewSubmissionResult.Error(firstBlock, RoleMessages.FormExpired(words));
        }

        var changes = Changes(payload, metadata);
        if (changes.Select(c => (c.Role, Decision: permissions.Check(incident, user, RoleService.ActionFor(c.Role, incident.RoleHolder(c.Role.Key)))))
                .FirstOrDefault(c => !c.Decision.Allowed) is { Role: not null } refused)
        {
            return ViewSubmissionResult.Error(RolesModal.BlockId(refused.Role), RoleMessages.Refused(words, refused.Role, refused.Decision, incident));
        }

        var errors = new Dictionary<string, string>();
        foreach (var (role, chosen) in changes)
        {
            if (await AssignAsync(words, incident.Id, role, chosen, user, metadata, ct) is { } problem)
            {
                errors[RolesModal.BlockId(role)] = problem;
            }
        }

        return errors.Count == 0 ? ViewSubmissionResult.Close : new ViewSubmissionResult(errors);
    }

    /// <summary>The roles whose picker now shows someone other than the holder the form opened with.</summary>
    private List<(RoleDefinition Role, string Chosen)> Changes(InteractionPayload payload, RolesModalMetadata metadata) => roles.All
        .Select(r => (Role: r, Chosen: payload.SelectedValue(RolesModal.BlockId(r), RolesModal.ValueAction)))
        .Where(c => c.Chosen is not null && c.Chosen != metadata.Holders.GetValueOrDefault(c.Role.Key))
        .Select(c => (c.Role, c.Chosen!))
        .ToList();

    /// <summary>Assigns one role if it still has the holder the form showed; the problem to show on its field, if any.</summary>
    private async Task<string?> AssignAsync(Words words, long incidentId, RoleDefinition role, string chosen, string user, RolesModalMetadata metadata, CancellationToken ct)
    {
        var request = new RoleAssignment(incidentId, role.Key, chosen, user) { Expected = new ExpectedHolder(metadata.Holders.GetValueOrDefault(role.Key)) };
        return await service.AssignAsync(request, ct) switch
        {
            RoleAssignmentResult.Refused r => RoleMessages.Refused(words, role, r.Decision, r.Incident),
            RoleAssignmentResult.Conflict c => RoleMessages.ChangedMeanwhile(words, c.Holder),
            _ => null,
        };
    }
}
