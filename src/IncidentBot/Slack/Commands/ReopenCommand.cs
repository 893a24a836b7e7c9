using IncidentBot.Core.Incidents;
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
            return ResolutionAnswers.NoArguments(Name);
        }

        var result = await resolutions.ReopenAsync(incident.Id, context.Command.UserId, ct);
        return result.Outcome switch
        {
            ChangeOutcome.Done => ResolutionAnswers.Reopened(result.Incident!),
            ChangeOutcome.Refused => CommandReply.Ephemeral(ResolutionAnswers.Refused(result.Refusal!, "reopen", incident)),
            _ => ResolutionAnswers.NotResolved(incident),
        };
    }
}
