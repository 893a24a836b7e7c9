using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident list</c>: open incidents the caller may see, worst first, in the caller's words.</summary>
public sealed class ListCommand(IncidentStore incidents, SeverityLadder ladder) : IIncidentCommand
{
    public string Name => "list";

    public bool NeedsIncidentChannel => false;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        // The asker's language is looked up while their incidents are read.
        var asker = context.WordsAsync(ct);
        var open = await VisibleOpenIncidents.ForAsync(incidents, context.Command.UserId, ct);
        return CommandAnswers.List(await asker, open, ladder);
    }
}
