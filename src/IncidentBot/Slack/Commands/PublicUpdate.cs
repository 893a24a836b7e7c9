using IncidentBot.Core.StatusPage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident update --public &lt;text&gt;</c>: publishes one line on the status page at the stage the incident's status
/// gives (Resolved once it is resolved). No text, too long a text, or a private or security incident: an explanation, and
/// nothing published.
/// </summary>
public static class PublicUpdate
{
    public const string Flag = "--public";

    /// <summary>Whether <paramref name="arguments"/> ask to publish (<c>--public</c> first).</summary>
    public static bool Asks(string arguments) =>
        arguments == Flag || arguments.StartsWith(Flag + " ", StringComparison.Ordinal) || arguments.StartsWith(Flag + "\n", StringComparison.Ordinal);

    public static async Task<CommandReply> PostAsync(StatusPageService statusPage, CommandContext context, CancellationToken ct)
    {
        var words = await context.WordsAsync(ct);
        var incident = context.RequiredIncident;
        var text = context.Arguments[Flag.Length..].Trim();
        if (!PublicRecord.MayPublish(incident))
        {
            return CommandReply.Ephemeral(words.Text("statuspage.command.private", ("reference", incident.Reference)));
        }

        if (text.Length == 0)
        {
            return CommandReply.Ephemeral(words["statuspage.command.usage"]);
        }

        if (text.Length > PublicFormBlocks.PublicMessageMax)
        {
            return CommandReply.Ephemeral(words.Text("statuspage.command.too_long", ("max", PublicFormBlocks.PublicMessageMax), ("length", text.Length)) +
                " " + words["statuspage.command.usage"]);
        }

        var key = $"command:{context.Command.TriggerId ?? Guid.NewGuid().ToString("N")}";
        var result = await statusPage.PublishAsync(incident.Id, key, context.Command.UserId, text, ct);
        return CommandReply.Ephemeral(result.Message is { } message
            ? words.Text("statuspage.command.published", ("stage", words[$"statuspage.stage.{message.Stage}"]), ("text", SlackText.Escape(message.Text)))
            : words.Text("statuspage.command.private", ("reference", incident.Reference)));
    }
}
