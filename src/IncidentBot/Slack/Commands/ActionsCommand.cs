using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident actions</c>: the incident's action items, with a Done button on each open one.</summary>
public sealed class ActionsCommand(ActionItemStore actions) : IIncidentCommand
{
    public string Name => "actions";

    public string Arguments => "";

    public string Description => "list action items, with Done buttons";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        if (context.Arguments.Length > 0)
        {
            return ResolutionAnswers.NoArguments(Name);
        }

        var incident = context.RequiredIncident;
        var (text, blocks) = ActionItemMessages.List(incident, await actions.ListAsync(incident.Id, ct));
        return CommandReply.Ephemeral(text, blocks);
    }
}
