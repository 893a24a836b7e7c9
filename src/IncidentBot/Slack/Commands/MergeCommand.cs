using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident merge INC-7</c>: closes this incident as a duplicate of INC-7, which carries on; its channel is told where
/// to go. Another incident a private one the member cannot see is answered as a number that does not exist.
/// </summary>
public sealed class MergeCommand(OutcomeService outcomes) : IIncidentCommand
{
    public string Name => "merge";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        // The asker's language is looked up while the merge is made.
        var asker = context.WordsAsync(ct);
        var incident = context.RequiredIncident;
        if (!IncidentReference.TryParse(context.Arguments, out var number))
        {
            return OutcomeAnswers.MergeNotANumber(await asker, context.Arguments.Trim());
        }

        var result = await outcomes.MergeAsync(incident.Id, number, context.Command.UserId, ct);
        var words = await asker;
        return result.Outcome switch
        {
            MergeOutcome.Done => OutcomeAnswers.Merged(words, result.Incident!, result.Target!),
            MergeOutcome.Itself => OutcomeAnswers.MergeItself(words, incident),
            MergeOutcome.Closed => OutcomeAnswers.Closed(words, result.Incident!),
            MergeOutcome.TargetMerged => OutcomeAnswers.MergeTargetMerged(words, result.Target!),
            MergeOutcome.TargetCancelled => OutcomeAnswers.MergeTargetCancelled(words, result.Target!),
            MergeOutcome.Refused => CommandReply.Ephemeral(ResolutionAnswers.Refused(words, result.Refusal!, IncidentAction.Merge, incident)),
            _ => OutcomeAnswers.MergeMissing(words, number),
        };
    }
}
