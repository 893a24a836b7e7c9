using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident rename &lt;title&gt;</c>: a new title for the brief, headline and purpose; the channel keeps its name.</summary>
public sealed class RenameCommand(IncidentService service) : IIncidentCommand
{
    public string Name => "rename";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        if (TitleRules.Validate(await context.WordsAsync(ct), context.Arguments, out var problem) is not { } title)
        {
            return CommandReply.Ephemeral(RenameAnswers.BadTitle(problem!));
        }

        var incident = context.RequiredIncident;
        var previous = await service.RenameAsync(incident.Id, title, context.Command.UserId, ct);
        return CommandReply.Ephemeral(previous is null ? RenameAnswers.Unchanged(incident) : RenameAnswers.Renamed(incident, title));
    }
}
