using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>A one-line update from a slash command (<c>update &lt;text&gt;</c>, <c>mitigated [text]</c>).</summary>
public static class QuickUpdate
{
    public static async Task<CommandReply> PostAsync(UpdateService updates, CommandContext context, IncidentStatus? status, string summary, CancellationToken ct)
    {
        // The asker's language is looked up while the update is posted.
        var asker = context.WordsAsync(ct);
        var command = context.Command;
        var key = $"command:{command.TriggerId ?? Guid.NewGuid().ToString("N")}";
        var result = await updates.PostAsync(new UpdateRequest(context.RequiredIncident.Id, key, command.UserId, status, summary), ct);
        var words = await asker;
        return CommandReply.Ephemeral(result.Update is { } update
            ? CadenceAnswers.UpdatePosted(words, result.Incident, update)
            : CadenceAnswers.Resolved(words, result.Incident));
    }
}
