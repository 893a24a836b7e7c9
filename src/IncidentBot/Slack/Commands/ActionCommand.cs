using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident action &lt;text&gt; [@owner] [due:YYYY-MM-DD] [p0|p1|p2|p3]</c> adds an action item;
/// <c>/incident action edit &lt;n&gt; [owner @x|none] [due YYYY-MM-DD|none] [priority P0–P3]</c> changes one. With Jira or
/// Linear on, a new item of a public incident that is not filed automatically is answered with a File ticket button.
/// </summary>
public sealed class ActionCommand(ActionItemService actions, Core.Configuration.IncidentBotOptions options) : IIncidentCommand
{
    public string Name => "action";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var words = await context.WordsAsync(ct);
        if (ActionEditArguments.IsEdit(context.Arguments))
        {
            return await EditAsync(context, words, ct);
        }

        if (ActionArguments.Parse(words, context.Arguments, out var problem) is not { } args)
        {
            return ActionItemMessages.Usage(words, problem!, CommandAnswers.Usage(words, this));
        }

        var command = context.Command;
        var key = $"command:{command.TriggerId ?? Guid.NewGuid().ToString("N")}";
        var result = await actions.AddAsync(new NewActionItem(
            context.RequiredIncident.Id, args.Text, args.Owner, args.Due, args.Priority, command.UserId, key), ct);
        var offersTicket = result.Created && Core.Integrations.TicketTracker.IsOn(options)
            && !Core.Integrations.TicketTracker.FilesAutomatically(options, result.Item.Priority)
            && !context.RequiredIncident.IsPrivate;
        return ActionItemMessages.Added(words, result, offersTicket);
    }

    private async Task<CommandReply> EditAsync(CommandContext context, Words words, CancellationToken ct)
    {
        if (ActionEditArguments.Parse(words, context.Arguments, out var problem) is not { } args)
        {
            return ActionEditMessages.Usage(words, problem!);
        }

        var incident = context.RequiredIncident;
        return await actions.EditAsync(incident.Id, args.Number, args.Edit, context.Command.UserId, ct) is { } result
            ? ActionEditMessages.Edited(words, result.Item, result.Changed)
            : ActionEditMessages.NotFound(words, incident, args.Number);
    }
}
