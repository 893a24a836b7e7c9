using IncidentBot.Core.Incidents;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Commands;

namespace IncidentBot.Slack.Messages;

/// <summary>The words of every immediate answer to <c>/incident</c>, in one place, in the asker's words.</summary>
public static class CommandAnswers
{
    /// <summary>
    /// <c>`/incident rename &lt;title&gt;`</c>: the arguments escaped, since Slack reads <c>&lt;…&gt;</c> as a link or
    /// a mention even inside a code span.
    /// </summary>
    public static string Usage(Words words, IIncidentCommand command)
    {
        var arguments = SlackText.Escape(words[$"command.{command.Name}.arguments"]);
        return $"`/incident {command.Name}{(arguments.Length > 0 ? " " + arguments : "")}`";
    }

    public static string HelpText(Words words, IReadOnlyList<IIncidentCommand> commands)
    {
        var lines = commands.Select(c => words.Text("help.line",
            ("usage", Usage(words, c)),
            ("alias", CommandAliases.Of(c.Name) is { } alias ? words.Text("help.alias", ("alias", alias)) : ""),
            ("description", words[$"command.{c.Name}.description"]),
            ("where", c.NeedsIncidentChannel ? words["help.in_channel"] : "")));
        return words["help.title"] + "\n" + string.Join('\n', lines);
    }

    /// <summary>The help answer for <see cref="HelpText"/>; its blocks are the reply's own, so it is built for each answer.</summary>
    public static CommandReply Help(string helpText) => CommandReply.Ephemeral(helpText, Blocks.Array([Blocks.Section(helpText)]));

    public static CommandReply Unknown(Words words, string typed, string? suggestion, IReadOnlyList<IIncidentCommand> commands)
    {
        var shown = SlackText.Escape(SlackText.Truncate(typed, 40));
        var hint = suggestion is null ? "" : words.Text("command.did_you_mean", ("suggestion", suggestion));
        var names = string.Join(", ", commands.Select(c => $"`{c.Name}`"));
        return CommandReply.Ephemeral(words.Text("command.unknown", ("typed", shown), ("hint", hint), ("names", names)));
    }

    /// <summary>How many open incidents an answer names before saying how many more there are.</summary>
    public const int ListedOpen = 10;

    public static CommandReply NeedsIncidentChannel(Words words, string name, IReadOnlyList<Incident> open)
    {
        var named = string.Join(", ", open.Take(ListedOpen).Select(i => i.ChannelId is { } c ? $"{i.Reference} {SlackText.Channel(c)}" : i.Reference));
        var yours = open.Count == 0 ? words["answer.no_open"]
            : open.Count > ListedOpen ? words.Text("answer.open_more", ("incidents", named), ("more", open.Count - ListedOpen))
            : words.Text("answer.open", ("incidents", named));
        return CommandReply.Ephemeral(words.Text("answer.needs_channel", ("name", name), ("open", yours)));
    }

    public static CommandReply Failed(Words words, string name) => CommandReply.Ephemeral(words.Text("answer.failed", ("name", name)));

    /// <summary>To whoever clicked a button whose handling failed on our side.</summary>
    public static string ButtonFailed(Words words) => words["answer.button_failed"];

    public static CommandReply UnknownSeverity(Words words, string typed, SeverityLadder ladder) => CommandReply.Ephemeral(words.Text(
        "answer.unknown_severity", ("typed", SlackText.Escape(SlackText.Truncate(typed, 40))), ("keys", ladder.DescribeKeys(words))));

    public static CommandReply BadTitle(Words words, string problem) => CommandReply.Ephemeral(words.Text("answer.bad_title", ("problem", problem)));

    public static CommandReply Declaring(Words words, DeclareResult result, Severity severity)
    {
        var incident = result.Incident;
        var text = result.Created
            ? words.Text("answer.declaring", ("reference", incident.Reference), ("severity", severity.DisplayKey), ("title", PersonText.Mrkdwn(incident.Title)))
            : words.Text("answer.already_declared", ("reference", incident.Reference));
        if (result.PossiblyRelated is { IsPrivate: true } hidden)
        {
            // A private incident's title and channel are for its members only.
            text += "\n" + words.Text("answer.related_private", ("reference", hidden.Reference));
        }
        else if (result.PossiblyRelated is { } related)
        {
            var title = ("title", (object?)PersonText.Mrkdwn(related.Title));
            text += "\n" + (related.ChannelId is { } c
                ? words.Text("answer.related_channel", ("reference", related.Reference), ("channel", SlackText.Channel(c)), title)
                : words.Text("answer.related", ("reference", related.Reference), title));
        }

        return CommandReply.Ephemeral(text);
    }

    public static CommandReply ModalFailed(Words words, string error) => CommandReply.Ephemeral(words.Text("answer.modal_failed", ("error", error)));

    public static CommandReply List(Words words, IReadOnlyList<Incident> open, SeverityLadder ladder)
    {
        if (open.Count == 0)
        {
            return CommandReply.Ephemeral(words["list.none"]);
        }

        var lines = open
            .OrderBy(i => ladder.TryParse(i.SeverityKey, out var s) ? s.Rank : int.MaxValue)
            .ThenBy(i => i.DeclaredAt)
            .Select(i => words.Text("list.line",
                ("reference", i.Reference),
                ("severity", i.SeverityKey.ToUpperInvariant()),
                ("status", words.Status(i.Status)),
                ("channel", i.ChannelId is { } c ? SlackText.Channel(c) : words["list.channel_pending"]),
                ("title", PersonText.Mrkdwn(i.Title)),
                ("commander", SlackText.User(words, i.Commander))))
            .ToList();
        var heading = words.Text("list.heading", ("count", open.Count));
        var (blocks, shown) = MessageBudget.Message.Fit([Blocks.Section(heading)], lines.Select(Blocks.Section).ToList(),
            n => Blocks.Context(words.Text("list.more_shown", ("more", n))));
        var text = heading + "\n" + string.Join('\n', lines.Take(shown))
            + (shown < lines.Count ? "\n" + words.Text("list.more", ("more", lines.Count - shown)) : "");
        return CommandReply.Ephemeral(text, blocks);
    }
}
