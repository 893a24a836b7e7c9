using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident role &lt;role&gt; @person</c>: assigns a role (by key, by configured name, or by its name in the asker's
/// words), with the same rules as the buttons.
/// </summary>
public sealed class RoleCommand(RoleService service, RoleCatalog roles) : IIncidentCommand
{
    public string Name => "role";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var words = await context.WordsAsync(ct);
        var parts = context.Arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return CommandReply.Ephemeral(RoleMessages.MissingArguments(words, roles));
        }

        if (Mention.Trailing(context.Arguments, out var roleText) is not { } assignee)
        {
            return CommandReply.Ephemeral(WithoutMention(words, parts));
        }

        if (Find(words, roleText) is not { } role)
        {
            return CommandReply.Ephemeral(roleText.Length == 0 ? RoleMessages.MissingArguments(words, roles) : RoleMessages.UnknownRole(words, roleText, roles));
        }

        var request = new RoleAssignment(context.RequiredIncident.Id, role.Key, assignee, context.Command.UserId);
        return CommandReply.Ephemeral(await service.AssignAsync(request, ct) switch
        {
            RoleAssignmentResult.Assigned a => RoleMessages.Assigned(words, a, assignee),
            RoleAssignmentResult.Unchanged => RoleMessages.AlreadyHolds(words, role, assignee),
            RoleAssignmentResult.Refused r => RoleMessages.Refused(words, role, r.Decision, r.Incident),
            RoleAssignmentResult.Conflict c => RoleMessages.Conflict(words, role, c.Holder),
            _ => RoleMessages.UnknownRole(words, roleText, roles),
        });
    }

    /// <summary>No mention at the end: say what is missing — the person, a real mention, or a known role.</summary>
    private string WithoutMention(Words words, string[] parts)
    {
        if (Find(words, string.Join(' ', parts)) is { } whole)
        {
            return RoleMessages.NoPerson(words, whole);
        }

        if (parts.FirstOrDefault(Mention.LooksLikePlainName) is { } plain)
        {
            return RoleMessages.PlainName(words, plain);
        }

        return Find(words, parts[0]) is not null && parts.Length > 1
            ? RoleMessages.PlainName(words, string.Join(' ', parts[1..]))
            : RoleMessages.UnknownRole(words, parts[0], roles);
    }

    /// <summary>A role by key or configured name, else by its name as the asker reads it (<c>Технический лидер</c>).</summary>
    private RoleDefinition? Find(Words words, string text) =>
        roles.Find(text) ?? roles.All.FirstOrDefault(r => string.Equals(words.RoleName(r), text.Trim(), StringComparison.OrdinalIgnoreCase));
}
