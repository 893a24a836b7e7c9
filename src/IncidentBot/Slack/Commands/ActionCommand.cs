using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident action &lt;text&gt; [@owner] [due:YYYY-MM-DD] [p1|p2|p3]</c>: adds an action item.</summary>
public sealed class ActionCommand(ActionItemService actions) : IIncidentCommand
{
    public string Name => "action";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var words = await context.WordsAsync(ct);
        if (ActionArguments.Parse(words, context.Arguments, out var problem) is not { } args)
        {
            return ActionItemMessages.Usage(words, problem!, CommandAnswers.Usage(words, this));
        }

        var command = context.Command;
        var key = $"command:{command.TriggerId ?? Guid.NewGuid().ToString("N")}";
        var result = await actions.AddAsync(new NewActionItem(
            context.RequiredIncident.Id, args.Text, args.Owner, args.Due, args.Priority, command.UserId, key), ct);
        return ActionItemMessages.Added(words, result);
    }
}
