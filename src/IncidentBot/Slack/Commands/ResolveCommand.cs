using IncidentBot.Slack.Interactions;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident resolve [summary]</c>: opens the resolve modal (any text prefills the summary).</summary>
public sealed class ResolveCommand(ResolveModalOpener opener) : IIncidentCommand
{
    public string Name => "resolve";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var command = context.Command;
        var problem = await opener.OpenAsync(await context.WordsAsync(ct), context.RequiredIncident, command.UserId, command.TriggerId, context.Arguments, ct);
        return problem is null ? CommandReply.None : CommandReply.Ephemeral(problem);
    }
}
