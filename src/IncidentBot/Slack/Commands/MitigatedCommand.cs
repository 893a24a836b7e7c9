using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident mitigated [text]</c>: a quick update that moves the incident to monitoring and starts the soak clock.</summary>
public sealed class MitigatedCommand(UpdateService updates) : IIncidentCommand
{
    public const string DefaultSummary = "Mitigated; monitoring to confirm the fix holds.";

    public string Name => "mitigated";

    public bool NeedsIncidentChannel => true;

    public Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct) => context.RequiredIncident.IsOpen
        ? QuickUpdate.PostAsync(updates, context, IncidentStatus.Monitoring, context.Arguments.Length > 0 ? context.Arguments : DefaultSummary, ct)
        : Task.FromResult(CommandReply.Ephemeral(CadenceAnswers.Resolved(context.RequiredIncident)));
}
