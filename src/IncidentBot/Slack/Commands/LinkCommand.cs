using System.Globalization;
using System.Text.RegularExpressions;
using IncidentBot.Core.Incidents;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident link INC-7</c>: records a related incident, shown in both briefs and in the post-mortem.</summary>
public sealed partial class LinkCommand(IncidentLinkService links) : IIncidentCommand
{
    public string Name => "link";

    public bool NeedsIncidentChannel => true;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var incident = context.RequiredIncident;
        var match = Reference().Match(context.Arguments.Trim());
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            var shown = context.Arguments.Length == 0 ? "Which incident?" : $"\"{SlackText.Escape(SlackText.Truncate(context.Arguments, 40))}\" is not an incident number.";
            return ResolutionAnswers.LinkUsage(shown);
        }

        var result = await links.LinkAsync(incident.Id, number, context.Command.UserId, ct);
        return result.Outcome switch
        {
            ChangeOutcome.Done or ChangeOutcome.Unchanged => ResolutionAnswers.Linked(incident, number, result.Changed),
            ChangeOutcome.NotApplicable => ResolutionAnswers.LinkUsage($"{incident.Reference} cannot be linked with itself."),
            _ => ResolutionAnswers.LinkUsage($"There is no INC-{number}."),
        };
    }

    [GeneratedRegex(@"^(?:INC-?)?(?<n>\d{1,9})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
