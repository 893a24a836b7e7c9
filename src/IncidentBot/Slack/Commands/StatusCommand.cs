using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident status</c>: the brief, for the caller only.</summary>
public sealed class StatusCommand(CadenceStore cadence, SeverityLadder ladder, RoleCatalog roles, TimeProvider time) : IIncidentCommand
{
    public string Name => "status";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var incident = context.RequiredIncident;
        var state = await cadence.GetAsync(incident.Id, ct);
        var (text, blocks) = BriefMessage.Build(await context.WordsAsync(ct), incident, ladder.Get(incident.SeverityKey), state, roles, time.GetUtcNow());
        return CommandReply.Ephemeral(text, blocks);
    }
}
