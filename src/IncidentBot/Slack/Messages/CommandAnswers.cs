using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Commands;

namespace IncidentBot.Slack.Messages;

/// <summary>The words of every immediate answer to <c>/incident</c>, in one place.</summary>
public static class CommandAnswers
{
    public static string Usage(ITextCatalogue texts, Language language, IIncidentCommand command)
    {
        var arguments = texts.Text(language, $"command.{command.Name}.arguments");
        return $"`/incident {command.Name}{(arguments.Length > 0 ? " " + arguments : "")}`";
    }

    public static string HelpText(ITextCatalogue texts, Language language, IReadOnlyList<IIncidentCommand> commands)
    {
        var lines = commands.Select(c => texts.Text(language, "help.line",
            ("usage", Usage(texts, language, c)),
            ("alias", CommandAliases.Of(c.Name) is { } alias ? texts.Text(language, "help.alias", ("alias", alias)) : ""),
            ("description", texts.Text(language, $"command.{c.Name}.description")),
            ("where", c.NeedsIncidentChannel ? texts.Text(language, "help.in_channel") : "")));
        return texts.Text(language, "help.title") + "\n" + string.Join('\n', lines);
    }

    /// <summary>The help answer for <see cref="HelpText"/>; its blocks are the reply's own, so it is built for each answer.</summary>
    public static CommandReply Help(string helpText) => CommandReply.Ephemeral(helpText, Blocks.Array([Blocks.Section(helpText)]));

    public static CommandReply Unknown(ITextCatalogue texts, Language language, string typed, string? suggestion, IReadOnlyList<IIncidentCommand> commands)
    {
        var shown = SlackText.Escape(SlackText.Truncate(typed, 40));
        var hint = suggestion is null ? "" : texts.Text(language, "command.did_you_mean", ("suggestion", suggestion));
        var names = string.Join(", ", commands.Select(c => $"`{c.Name}`"));
        return CommandReply.Ephemeral(texts.Text(language, "command.unknown", ("typed", shown), ("hint", hint), ("names", names)));
    }

    /// <summary>How many open incidents an answer names before saying how many more there are.</summary>
    public const int ListedOpen = 10;

    public static CommandReply NeedsIncidentChannel(string name, IReadOnlyList<Incident> open)
    {
        var yours = open.Count == 0
            ? "There are no open incidents."
            : "Open incidents: " + string.Join(", ", open.Take(ListedOpen).Select(i => i.ChannelId is { } c ? $"{i.Reference} {SlackText.Channel(c)}" : i.Reference))
                + (open.Count > ListedOpen ? $" and {open.Count - ListedOpen} more (`/incident list`)." : ".");
        return CommandReply.Ephemeral($"`/incident {name}` works inside an incident channel. {yours}");
    }

    public static CommandReply Failed(string name) =>
        CommandReply.Ephemeral($"Sorry, `/incident {name}` failed on our side. Nothing was changed; please try again.");

    /// <summary>To whoever clicked a button whose handling failed on our side.</summary>
    public const string ButtonFailed = "Sorry, that button failed on our side; please try again, or use the matching `/incident` command.";

    public static CommandReply UnknownSeverity(string typed, SeverityLadder ladder) =>
        CommandReply.Ephemeral($"Unknown severity \"{SlackText.Escape(SlackText.Truncate(typed, 40))}\"; use {ladder.DescribeKeys(Words.English)}. " +
            "Example: `/incident declare sev1 Checkout is failing`.");

    public static CommandReply BadTitle(string problem) =>
        CommandReply.Ephemeral($"{problem} Example: `/incident declare sev1 Checkout is failing`.");

    public static CommandReply Declaring(DeclareResult result, Severity severity)
    {
        var incident = result.Incident;
        var text = result.Created
            ? $":rotating_light: Declaring *{incident.Reference}* ({severity.DisplayKey}): {PersonText.Mrkdwn(incident.Title)}. The channel link follows here in a moment."
            : $"*{incident.Reference}* is already declared for this request.";
        if (result.PossiblyRelated is { IsPrivate: true } hidden)
        {
            // A private incident's title and channel are for its members only.
            text += $"\n:link: Possibly related to {hidden.Reference} (private).";
        }
        else if (result.PossiblyRelated is { } related)
        {
            var where = related.ChannelId is { } c ? $" ({SlackText.Channel(c)})" : "";
            text += $"\n:link: Possibly related to {related.Reference}{where}: {PersonText.Mrkdwn(related.Title)}.";
        }

        return CommandReply.Ephemeral(text);
    }

    public static CommandReply ModalFailed(string error) =>
        CommandReply.Ephemeral($"I couldn't open the declare form (Slack said `{error}`). Declare inline instead: " +
            "`/incident declare sev1 Checkout is failing`.");

    public static CommandReply List(IReadOnlyList<Incident> open, SeverityLadder ladder)
    {
        if (open.Count == 0)
        {
            return CommandReply.Ephemeral("No open incidents. :tada:");
        }

        var lines = open
            .OrderBy(i => ladder.TryParse(i.SeverityKey, out var s) ? s.Rank : int.MaxValue)
            .ThenBy(i => i.DeclaredAt)
            .Select(i => $"*{i.Reference}* · {i.SeverityKey.ToUpperInvariant()} · {StatusText.Of(i.Status)} · " +
                $"{(i.ChannelId is { } c ? SlackText.Channel(c) : "channel pending")} — {PersonText.Mrkdwn(i.Title)}" +
                $" · IC {SlackText.User(i.Commander)}")
            .ToList();
        var heading = $"*Open incidents ({open.Count})*";
        var (blocks, shown) = MessageBudget.Message.Fit([Blocks.Section(heading)], lines.Select(Blocks.Section).ToList(),
            n => Blocks.Context($"… and {n} more, less severe or declared later: the bot's Home tab lists more."));
        var text = heading + "\n" + string.Join('\n', lines.Take(shown)) + (shown < lines.Count ? $"\n… and {lines.Count - shown} more." : "");
        return CommandReply.Ephemeral(text, blocks);
    }
}
