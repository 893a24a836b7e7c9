using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident cancel &lt;reason&gt;</c>: closes the incident as a false alarm or declined, without a post-mortem; the
/// reason is required.
/// </summary>
public sealed class CancelCommand(OutcomeService outcomes) : IIncidentCommand
{
    /// <summary>Longest reason kept; a longer one is cut, as Slack shows it in a section.</summary>
    public const int MaxReasonLength = 1000;

    public string Name => "cancel";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        // The asker's language is looked up while the incident is cancelled.
        var asker = context.WordsAsync(ct);
        var incident = context.RequiredIncident;
        var reason = context.Arguments.Trim();
        if (reason.Length == 0)
        {
            return OutcomeAnswers.CancelUsage(await asker);
        }

        var result = await outcomes.CancelAsync(incident.Id, context.Command.UserId, SlackText.Truncate(reason, MaxReasonLength), ct);
        var words = await asker;
        return result.Outcome switch
        {
            ChangeOutcome.Done => OutcomeAnswers.Cancelled(words, result.Incident!),
            ChangeOutcome.Refused => CommandReply.Ephemeral(ResolutionAnswers.Refused(words, result.Refusal!, IncidentAction.Cancel, incident)),
            _ => OutcomeAnswers.Closed(words, result.Incident ?? incident),
        };
    }
}
