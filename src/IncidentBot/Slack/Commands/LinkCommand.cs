using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident link INC-7</c>: records a related incident, shown in both briefs and in the post-mortem.</summary>
public sealed class LinkCommand(IncidentLinkService links) : IIncidentCommand
{
    public string Name => "link";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        // The asker's language is looked up while the link is recorded.
        var asker = context.WordsAsync(ct);
        var incident = context.RequiredIncident;
        if (!IncidentReference.TryParse(context.Arguments, out var number))
        {
            return ResolutionAnswers.LinkNotANumber(await asker, context.Arguments);
        }

        var result = await links.LinkAsync(incident.Id, number, context.Command.UserId, ct);
        var words = await asker;
        return result.Outcome switch
        {
            ChangeOutcome.Done or ChangeOutcome.Unchanged => ResolutionAnswers.Linked(words, incident, number, result.Changed),
            ChangeOutcome.NotApplicable => ResolutionAnswers.LinkToItself(words, incident),
            _ => ResolutionAnswers.LinkMissing(words, number),
        };
    }
}
