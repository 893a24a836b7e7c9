using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident severity &lt;sev&gt; [reason]</c>: changes severity (IC or admin) and reschedules the cadence at once.</summary>
public sealed class SeverityCommand(SeverityService service, SeverityLadder ladder) : IIncidentCommand
{
    public string Name => "severity";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        // The asker's language is looked up while the severity changes.
        var asker = context.WordsAsync(ct);
        var parts = context.Arguments.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return CommandReply.Ephemeral(CadenceAnswers.SeverityUsage(await asker, ladder));
        }

        if (!ladder.TryParse(parts[0], out var severity))
        {
            return CommandReply.Ephemeral(CadenceAnswers.UnknownSeverity(await asker, parts[0], ladder));
        }

        var result = await service.ChangeAsync(context.RequiredIncident.Id, context.Command.UserId, severity, parts.ElementAtOrDefault(1), ct);
        return CommandReply.Ephemeral(CadenceAnswers.SeverityResult(await asker, result));
    }
}
