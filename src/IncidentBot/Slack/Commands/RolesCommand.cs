using IncidentBot.Slack.Interactions;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident roles</c>: opens the roles modal, a person picker per role prefilled with the holders.</summary>
public sealed class RolesCommand(RolesModalOpener modal) : IIncidentCommand
{
    public string Name => "roles";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct) =>
        await modal.OpenAsync(await context.WordsAsync(ct), context.Command.TriggerId, context.RequiredIncident, ct) is { } problem
            ? CommandReply.Ephemeral(problem)
            : CommandReply.None;
}
