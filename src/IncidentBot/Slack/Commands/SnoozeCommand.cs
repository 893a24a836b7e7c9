using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident snooze 30m</c>: delays the next update reminder once, by at most one cadence.</summary>
public sealed class SnoozeCommand(SnoozeService service, SeverityLadder ladder) : IIncidentCommand
{
    public string Name => "snooze";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        // The asker's language is looked up while the reminder is snoozed.
        var asker = context.WordsAsync(ct);
        var incident = context.RequiredIncident;
        if (SnoozePolicy.ParseDuration(context.Arguments) is not { } delay)
        {
            return CommandReply.Ephemeral(CadenceAnswers.NotADuration(await asker, context.Arguments, ladder.For(incident)));
        }

        var result = await service.SnoozeAsync(incident.Id, context.Command.UserId, delay, ct);
        return CommandReply.Ephemeral(CadenceAnswers.SnoozeResult(await asker, result));
    }
}
