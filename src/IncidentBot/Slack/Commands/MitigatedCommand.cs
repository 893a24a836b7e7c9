using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident mitigated [text]</c>: a quick update that moves the incident to monitoring and starts the soak clock.
/// Without text, the update says so in the workspace's words: the channel reads it, not only the asker.
/// </summary>
public sealed class MitigatedCommand(UpdateService updates, Words workspace) : IIncidentCommand
{
    public string Name => "mitigated";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct) => context.RequiredIncident.IsOpen
        ? await QuickUpdate.PostAsync(updates, context, IncidentStatus.Monitoring,
            context.Arguments.Length > 0 ? context.Arguments : workspace["cadence.mitigated_summary"], ct)
        : CommandReply.Ephemeral(CadenceAnswers.Resolved(await context.WordsAsync(ct), context.RequiredIncident));
}
