using System.Globalization;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident actions [page]</c>: the incident's action items, with a Done button on each open one, a page at a time
/// when they do not fit in one message.
/// </summary>
public sealed class ActionsCommand(ActionItemStore actions) : IIncidentCommand
{
    public string Name => "actions";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var words = await context.WordsAsync(ct);
        var page = 1;
        if (context.Arguments.Length > 0
            && !(int.TryParse(context.Arguments, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 1))
        {
            return ActionItemMessages.PageUsage(words, context.Arguments);
        }

        var incident = context.RequiredIncident;
        var (text, blocks) = ActionItemMessages.List(words, incident, await actions.ListAsync(incident.Id, ct), page);
        return CommandReply.Ephemeral(text, blocks);
    }
}
