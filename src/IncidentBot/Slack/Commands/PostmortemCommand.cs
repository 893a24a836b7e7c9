using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident postmortem</c>: recompiles the draft from the record and posts it again; for an incident resolved without
/// starting a post-mortem, starts one, with its review reminders.
/// </summary>
public sealed class PostmortemCommand(PostmortemService postmortems, MemberPacer pacer) : IIncidentCommand
{
    public string Name => "postmortem";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var incident = context.RequiredIncident;
        if (context.Arguments.Length > 0)
        {
            return ResolutionAnswers.NoArguments(await context.WordsAsync(ct), Name);
        }

        if (incident.IsOpen)
        {
            return ResolutionAnswers.PostmortemWhileOpen(await context.WordsAsync(ct), incident);
        }

        if (incident.Outcome is not null)
        {
            return OutcomeAnswers.NoPostmortem(await context.WordsAsync(ct), incident);
        }

        var request = $"command-{context.Command.TriggerId ?? Guid.NewGuid().ToString("N")}";
        if (pacer.TryTake(PacedAction.Recompile, context.Command.UserId, request) is { } paced)
        {
            return CommandReply.Ephemeral(PaceAnswers.Answer(await context.WordsAsync(ct), paced));
        }

        return await postmortems.RequestAsync(incident.Id, context.Command.UserId, request, ct)
            ? ResolutionAnswers.PostmortemStarted(await context.WordsAsync(ct), incident)
            : ResolutionAnswers.PostmortemQueued(await context.WordsAsync(ct), incident);
    }
}
