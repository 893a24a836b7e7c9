using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident checklist</c>: posts the incident's checklists again in its channel, as they stand.</summary>
public sealed class ChecklistCommand(StandaloneWork work) : IIncidentCommand
{
    public string Name => "checklist";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var incident = context.RequiredIncident;
        await work.QueueAsync(TypeWorkKinds.PostChecklist, incident.Id, "", $"checklist:{context.Command.TriggerId ?? Guid.NewGuid().ToString("N")}", ct);
        return CommandReply.Ephemeral((await context.WordsAsync(ct)).Text("types.answer.checklist_posted", ("reference", incident.Reference)));
    }
}
