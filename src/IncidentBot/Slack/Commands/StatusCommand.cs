using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident status</c>: the brief, for the caller only.</summary>
public sealed class StatusCommand(SeverityLadder ladder, RoleCatalog roles, TimeProvider time) : IIncidentCommand
{
    public string Name => "status";

    public string Arguments => "";

    public string Description => "the incident's brief, just for you";

    public bool NeedsIncidentChannel => true;

    public Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var incident = context.RequiredIncident;
        var (text, blocks) = BriefMessage.Build(incident, ladder.Get(incident.SeverityKey), roles, time.GetUtcNow());
        return Task.FromResult(CommandReply.Ephemeral(text, blocks));
    }
}
