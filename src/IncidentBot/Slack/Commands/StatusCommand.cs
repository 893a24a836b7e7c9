using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident status</c>: the brief, for the caller only.</summary>
public sealed class StatusCommand(CadenceStore cadence, SeverityLadder ladder, RoleCatalog roles, WarRoomLinks warRoom,
    IncidentAlertLinks alertLinks, IntegrationLinks integrationLinks, TimeProvider time) : IIncidentCommand
{
    public string Name => "status";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var incident = context.RequiredIncident;
        var state = await cadence.GetAsync(incident.Id, ct);
        var words = await context.WordsAsync(ct);
        var warRoomLine = await WarRoomLine.OfAsync(warRoom, alertLinks, words, incident, ct, integrationLinks);
        var (text, blocks) = BriefMessage.Build(words, incident, ladder.For(incident), state, roles, time.GetUtcNow(), warRoomLine);
        return CommandReply.Ephemeral(text, blocks);
    }
}
