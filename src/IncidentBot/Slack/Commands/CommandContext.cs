using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Http;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// A routed command: the Slack invocation, the text after the subcommand, and, for a command that needs an incident
/// channel, that channel's incident.
/// </summary>
public sealed record CommandContext(SlashCommand Command, string Arguments, Incident? Incident)
{
    public Incident RequiredIncident => Incident ?? throw new InvalidOperationException("This command runs in an incident channel.");
}
