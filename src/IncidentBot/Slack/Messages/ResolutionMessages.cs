using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Slack.Messages;

/// <summary>The messages posted when an incident is resolved or reopened, in its channel and in the feed thread.</summary>
public static class ResolutionMessages
{
    public const string EventType = "incident_resolution";

    /// <summary>The event type of <see cref="LinkedResolved"/>, posted in another incident's channel.</summary>
    public const string LinkedEventType = "incident_linked_resolved";

    public static (string Text, JsonArray Blocks) Resolved(Incident incident, Resolution resolution)
    {
        var text = $"{incident.Reference} resolved after {SlackText.Duration(resolution.ResolvedAt - incident.DeclaredAt)}";
        var lines = new List<string>
        {
            $":white_check_mark: *{text}* by {SlackText.User(resolution.ResolvedBy)}",
            $"*Resolution*\n{PersonText.Mrkdwn(resolution.Summary)}",
        };
        if (resolution.RootCause is { Length: > 0 } cause)
        {
            lines.Add($"*Root cause*\n{PersonText.Mrkdwn(cause)}");
        }

        var next = resolution.StartPostmortem
            ? "The post-mortem draft is being compiled and will be posted here."
            : "No post-mortem was started; `/incident postmortem` compiles one.";
        // A section each: summary and root cause may each be as long as a section holds, and neither may push the other out.
        return (text, Blocks.Array([.. lines.Select(Blocks.Section), Blocks.Context(next + " `/incident reopen` if it comes back.")]));
    }

    public static (string Text, JsonArray Blocks) Reopened(Incident incident)
    {
        var text = $"{incident.Reference} reopened: back to investigating";
        return (text, Blocks.Array([Blocks.Section($":leftwards_arrow_with_hook: *{text}*. The update cadence restarts.")]));
    }

    /// <summary>
    /// In an open incident's channel, when one linked with it was resolved: the resolution's summary unless the resolved
    /// incident is private (its channel's members may not all see it), and a Resolve button for this incident.
    /// </summary>
    public static (string Text, JsonArray Blocks) LinkedResolved(Incident incident, Incident resolved, Resolution? resolution)
    {
        var named = resolved.IsPrivate ? resolved.Reference : $"{resolved.Reference} ({PersonText.Mrkdwn(resolved.Title)})";
        var text = $"{named}, linked with {incident.Reference}, was resolved";
        var section = $":link: *{text}*";
        if (!resolved.IsPrivate && resolution is not null)
        {
            section += $"\n\n*Resolution*\n{PersonText.Mrkdwn(resolution.Summary)}";
        }

        var id = incident.Id.ToString(CultureInfo.InvariantCulture);
        return (text, Blocks.Array([
            Blocks.Section(section),
            Blocks.Context($"If {incident.Reference} was the same trouble, resolve it too."),
            Blocks.Actions("linked_resolved_actions", Blocks.Button(CadenceActions.Resolve, $"Resolve {incident.Reference}", id, "primary")),
        ]));
    }

    /// <summary>The status line of the brief and headline: "Resolved after 1 h 12 min" once resolved.</summary>
    public static string Status(Incident incident) => incident.ResolvedAt is { } at && !incident.IsOpen
        ? $"Resolved after {SlackText.Duration(at - incident.DeclaredAt)}"
        : StatusText.Of(incident.Status);
}
