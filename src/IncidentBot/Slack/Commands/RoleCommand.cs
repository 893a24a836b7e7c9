using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident role &lt;role&gt; @person</c>: assigns a role (by key or name), with the same rules as the buttons.</summary>
public sealed class RoleCommand(RoleService service, RoleCatalog roles) : IIncidentCommand
{
    public string Name => "role";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var words = context.Arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return CommandReply.Ephemeral(RoleMessages.MissingArguments(roles));
        }

        if (Mention.Trailing(context.Arguments, out var roleText) is not { } assignee)
        {
            return CommandReply.Ephemeral(WithoutMention(words));
        }

        if (roles.Find(roleText) is not { } role)
        {
            return CommandReply.Ephemeral(roleText.Length == 0 ? RoleMessages.MissingArguments(roles) : RoleMessages.UnknownRole(roleText, roles));
        }

        var request = new RoleAssignment(context.RequiredIncident.Id, role.Key, assignee, context.Command.UserId);
        return CommandReply.Ephemeral(await service.AssignAsync(request, ct) switch
        {
            RoleAssignmentResult.Assigned a => RoleMessages.Assigned(a, assignee),
            RoleAssignmentResult.Unchanged => RoleMessages.AlreadyHolds(role, assignee),
            RoleAssignmentResult.Refused r => RoleMessages.Refused(role, r.Decision, r.Incident),
            RoleAssignmentResult.Conflict c => RoleMessages.Conflict(role, c.Holder),
            _ => RoleMessages.UnknownRole(roleText, roles),
        });
    }

    /// <summary>No mention at the end: say what is missing — the person, a real mention, or a known role.</summary>
    private string WithoutMention(string[] words)
    {
        if (roles.Find(string.Join(' ', words)) is { } whole)
        {
            return RoleMessages.NoPerson(whole);
        }

        if (words.FirstOrDefault(Mention.LooksLikePlainName) is { } plain)
        {
            return RoleMessages.PlainName(plain);
        }

        return roles.Find(words[0]) is not null && words.Length > 1
            ? RoleMessages.PlainName(string.Join(' ', words[1..]))
            : RoleMessages.UnknownRole(words[0], roles);
    }
}
