using IncidentBot.Core.Incidents;
using IncidentBot.Core.StatusPage;
using IncidentBot.Slack.Interactions;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident update [text]</c>: no text opens the update modal; text posts a quick update, status unchanged;
/// <c>--public &lt;text&gt;</c> publishes one line on the status page (<see cref="PublicUpdate"/>), resolved incidents too.
/// </summary>
public sealed class UpdateCommand(UpdateService updates, UpdateModalOpener modal, StatusPageService statusPage) : IIncidentCommand
{
    public string Name => "update";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var incident = context.RequiredIncident;
        if (PublicUpdate.Asks(context.Arguments))
        {
            return await PublicUpdate.PostAsync(statusPage, context, ct);
        }

        if (!incident.IsOpen)
        {
            return CommandReply.Ephemeral(CadenceAnswers.Resolved(await context.WordsAsync(ct), incident));
        }

        if (context.Arguments.Length == 0)
        {
            return await modal.OpenUpdateAsync(await context.WordsAsync(ct), context.Command.TriggerId, incident, ct) is { } problem
                ? CommandReply.Ephemeral(problem)
                : CommandReply.None;
        }

        return await QuickUpdate.PostAsync(updates, context, null, context.Arguments, ct);
    }
}
