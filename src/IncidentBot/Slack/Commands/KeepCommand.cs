using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident keep</c>: the channel is never archived, whenever its archive would have been due.</summary>
public sealed class KeepCommand(OutcomeService outcomes, IncidentBotOptions options) : IIncidentCommand
{
    public string Name => "keep";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var incident = context.RequiredIncident;
        if (context.Arguments.Trim().Length > 0)
        {
            return ResolutionAnswers.NoArguments(await context.WordsAsync(ct), Name);
        }

        if (options.ArchiveAfter is null)
        {
            return OutcomeAnswers.ArchiveOff(await context.WordsAsync(ct));
        }

        // The asker's language is looked up while the keep is recorded.
        var asker = context.WordsAsync(ct);
        var result = await outcomes.KeepAsync(incident.Id, context.Command.UserId, ct);
        var words = await asker;
        return result.Outcome switch
        {
            ChangeOutcome.Done => OutcomeAnswers.Kept(words),
            ChangeOutcome.Unchanged => OutcomeAnswers.AlreadyKept(words, result.Incident!.ArchiveKeptBy!),
            _ => OutcomeAnswers.Archived(words),
        };
    }
}
