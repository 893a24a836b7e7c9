using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident list</c>: open incidents the caller may see, worst first.</summary>
public sealed class ListCommand(IncidentStore incidents, SeverityLadder ladder) : IIncidentCommand
{
    public string Name => "list";

    public bool NeedsIncidentChannel => false;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct) =>
        CommandAnswers.List(await VisibleOpenIncidents.ForAsync(incidents, context.Command.UserId, ct), ladder);
}
