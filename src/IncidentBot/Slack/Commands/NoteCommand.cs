using IncidentBot.Core.Incidents;
using IncidentBot.Core.Policies;
using IncidentBot.Hosting;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident note [@HH:MM] &lt;text&gt;</c>: a timeline note, optionally back-dated to earlier today (configured zone).</summary>
public sealed class NoteCommand(TimelineService timeline, ZoneClock zone, TimeProvider time) : IIncidentCommand
{
    public string Name => "note";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var words = await context.WordsAsync(ct);
        var text = context.Arguments.Trim();
        DateTimeOffset? at = null;
        if (text.StartsWith('@'))
        {
            var space = text.IndexOfAny([' ', '\t', '\n']);
            var token = space < 0 ? text : text[..space];
            if (!BackdatedTime.TryParse(words, token, zone.Zone, time.GetUtcNow(), out var backdated, out var problem))
            {
                return CommandReply.Ephemeral(NoteMessages.BadTime(words, problem, zone.Zone.Id));
            }

            at = backdated;
            text = space < 0 ? "" : text[space..].Trim();
        }

        if (text.Length == 0)
        {
            return CommandReply.Ephemeral(NoteMessages.Empty(words));
        }

        var entry = await timeline.AddNoteAsync(context.RequiredIncident.Id, context.Command.UserId, text, at, ct);
        return CommandReply.Ephemeral(NoteMessages.Added(words, entry.OccurredAt, text));
    }
}
