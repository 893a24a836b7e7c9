using IncidentBot.Core.Oncall;
using IncidentBot.Slack.Commands;

namespace IncidentBot.Oncall;

/// <summary>
/// <c>/incident page @person|rotation [message]</c>: pages someone into the running incident as declaring pages the
/// rotation, with Acknowledge / Can't take it and the severity's ack window; a rotation pages its primary, then its
/// secondary and the escalation target.
/// </summary>
public sealed class PageCommand(PagingService paging, RotationService rotations, TimeProvider time) : IIncidentCommand
{
    /// <summary>The longest message a page carries.</summary>
    public const int MaxMessage = 500;

    public string Name => "page";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var words = await context.WordsAsync(ct);
        var incident = context.RequiredIncident;
        var text = context.Arguments.Trim();
        var space = text.IndexOfAny([' ', '\t', '\n']);
        var who = space < 0 ? text : text[..space];
        var message = space < 0 ? null : text[space..].Trim();
        if (who.Length == 0)
        {
            return CommandReply.Ephemeral(words["oncall.answer.page_usage"]);
        }

        if (message is { Length: > MaxMessage })
        {
            return CommandReply.Ephemeral(words.Text("oncall.answer.page_too_long", ("length", message.Length), ("max", MaxMessage)));
        }

        if (!incident.IsOpen)
        {
            return CommandReply.Ephemeral(words.Text("oncall.answer.page_resolved", ("reference", incident.Reference)));
        }

        var rotation = OncallArguments.UserId(who) is null && OncallArguments.IsRotationName(who) && await rotations.GetAsync(who, ct) is { } found ? found.Name : null;
        IReadOnlyList<PageCandidate> candidates = OncallArguments.UserId(who) is { } user ? [new PageCandidate(user, PagePosition.Person)]
            : rotation is not null ? await paging.CandidatesAsync(rotation, incident.SeverityKey, ct)
            : [];
        if (candidates.Count == 0)
        {
            return CommandReply.Ephemeral(rotation is null
                ? words.Text("oncall.answer.page_who", ("usage", words["oncall.answer.page_usage"]))
                : words.Text("oncall.answer.page_empty", ("rotation", rotation)));
        }

        var chain = $"page:{context.Command.TriggerId ?? time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var page = await paging.StartAsync(incident.Id, chain, candidates, rotation, string.IsNullOrEmpty(message) ? null : message, context.Command.UserId, ct);
        return CommandReply.Ephemeral(page is null ? words["oncall.answer.page_again"]
            : words.Text("oncall.answer.paging", ("user", $"<@{page.UserId}>"), ("window", words.Duration(page.Window))));
    }
}
