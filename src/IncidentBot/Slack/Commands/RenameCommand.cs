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
        // The asker's language is looked up while the incident is renamed.
        var asker = context.WordsAsync(ct);
        if (TitleRules.Validate(await asker, context.Arguments, out var problem) is not { } title)
        {
            return CommandReply.Ephemeral(RenameAnswers.BadTitle(await asker, problem!));
        }

        var incident = context.RequiredIncident;
        var previous = await service.RenameAsync(incident.Id, title, context.Command.UserId, ct);
        var words = await asker;
        return CommandReply.Ephemeral(previous is null ? RenameAnswers.Unchanged(words, incident) : RenameAnswers.Renamed(words, incident, title));
    }
}
