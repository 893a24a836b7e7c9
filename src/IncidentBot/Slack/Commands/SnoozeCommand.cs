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
        var incident = context.RequiredIncident;
        if (SnoozePolicy.ParseDuration(context.Arguments) is not { } delay)
        {
            var typed = context.Arguments.Length == 0 ? "" : $"\"{SlackText.Escape(SlackText.Truncate(context.Arguments, 40))}\" is not a duration. ";
            return CommandReply.Ephemeral(typed + CadenceAnswers.SnoozeUsage(ladder.Get(incident.SeverityKey)));
        }

        return CommandReply.Ephemeral(CadenceAnswers.SnoozeResult(await service.SnoozeAsync(incident.Id, context.Command.UserId, delay, ct)));
    }
}
