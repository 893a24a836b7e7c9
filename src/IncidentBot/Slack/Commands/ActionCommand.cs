using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident action &lt;text&gt; [@owner] [due:YYYY-MM-DD] [p1|p2|p3]</c>: adds an action item.</summary>
public sealed class ActionCommand(ActionItemService actions, ITextCatalogue texts) : IIncidentCommand
{
    public string Name => "action";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        if (ActionArguments.Parse(context.Arguments, out var problem) is not { } args)
        {
            // English, like the rest of this answer until the action-item answers come from the catalogue too.
            return ActionItemMessages.Usage(problem!, CommandAnswers.Usage(new Words(texts, Language.English), this));
        }

        var command = context.Command;
        var key = $"command:{command.TriggerId ?? Guid.NewGuid().ToString("N")}";
        var result = await actions.AddAsync(new NewActionItem(
            context.RequiredIncident.Id, args.Text, args.Owner, args.Due, args.Priority, command.UserId, key), ct);
        return ActionItemMessages.Added(result);
    }
}
