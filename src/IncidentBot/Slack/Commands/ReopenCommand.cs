using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident reopen</c>: back to investigating; the update cadence restarts.</summary>
public sealed class ReopenCommand(ResolutionService resolutions) : IIncidentCommand
{
    public string Name => "reopen";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var incident = context.RequiredIncident;
        if (context.Arguments.Length > 0)
        {
            return ResolutionAnswers.NoArguments(await context.WordsAsync(ct), Name);
        }

        // The asker's language is looked up while the incident reopens.
        var asker = context.WordsAsync(ct);
        var result = await resolutions.ReopenAsync(incident.Id, context.Command.UserId, ct);
        var words = await asker;
        return result.Outcome switch
        {
            ChangeOutcome.Done => ResolutionAnswers.Reopened(words, result.Incident!),
            ChangeOutcome.Refused => CommandReply.Ephemeral(ResolutionAnswers.Refused(words, result.Refusal!, IncidentAction.Reopen, incident)),
            _ => ResolutionAnswers.NotResolved(words, incident),
        };
    }
}
