using IncidentBot.Core.Stakeholders;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident stakeholders</c> shows who hears about the incident, when they are owed the next update and the
/// executive summary as it would go now; <c>/incident stakeholders send</c> sends it.
/// </summary>
public sealed class StakeholdersCommand(StakeholderService stakeholders, StakeholderReminderService reminders) : IIncidentCommand
{
    public string Name => "stakeholders";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var words = await context.WordsAsync(ct);
        var incident = context.RequiredIncident;
        var verb = context.Arguments.Trim();
        if (verb.Length == 0)
        {
            var audiences = stakeholders.AudiencesFor(incident);
            var due = await reminders.DueAsync(incident, ct);
            var (text, blocks) = StakeholderAnswers.Preview(words, incident, audiences, due, await stakeholders.PreviewAsync(incident, ct));
            return CommandReply.Ephemeral(text, blocks);
        }

        if (!string.Equals(verb, "send", StringComparison.OrdinalIgnoreCase))
        {
            return CommandReply.Ephemeral(StakeholderAnswers.Usage(words, verb));
        }

        var result = await stakeholders.SendAsync(incident.Id, context.Command.UserId, null, ct);
        return CommandReply.Ephemeral(StakeholderAnswers.Result(words, incident, result));
    }
}
