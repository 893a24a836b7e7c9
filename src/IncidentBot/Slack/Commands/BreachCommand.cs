using IncidentBot.Core.Breaches;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident breach notified &lt;details&gt;</c> and <c>/incident breach not-required &lt;reason&gt;</c>: records
/// whether the authorities were told of a personal-data breach, which stops the incident's breach clock.
/// </summary>
public sealed class BreachCommand(BreachService breaches) : IIncidentCommand
{
    /// <summary>The longest details or reason kept: enough for whom, when and their reference, or a paragraph of why.</summary>
    public const int MaxDetails = 1000;

    public string Name => "breach";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var words = await context.WordsAsync(ct);
        var text = context.Arguments.Trim();
        var space = text.IndexOfAny([' ', '\t', '\n']);
        var verb = (space < 0 ? text : text[..space]).ToLowerInvariant();
        var details = space < 0 ? "" : text[space..].Trim();
        BreachDecision? decision = verb switch
        {
            "notified" => BreachDecision.Notified,
            "not-required" or "not_required" or "notrequired" => BreachDecision.NotRequired,
            _ => null,
        };
        if (decision is not { } chosen)
        {
            return CommandReply.Ephemeral(BreachAnswers.Usage(words, verb));
        }

        if (details.Length == 0 || details.Length > MaxDetails)
        {
            return CommandReply.Ephemeral(BreachAnswers.BadDetails(words, chosen, details.Length, MaxDetails));
        }

        var state = await breaches.RecordAsync(context.RequiredIncident.Id, context.Command.UserId, chosen, details, ct);
        var clock = breaches.ClockOf(context.RequiredIncident);
        return CommandReply.Ephemeral(state is null ? BreachAnswers.Usage(words, verb) : BreachAnswers.Recorded(words, chosen, details, clock is not null));
    }
}
