using IncidentBot.Core.Storage;
using IncidentBot.Slack.Http;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// Routes <c>/incident &lt;subcommand&gt; …</c> to its command. Bad input gets an ephemeral explanation, never an error:
/// unknown subcommands get "did you mean", channel-only commands outside an incident channel list the caller's incidents.
/// Every answer here is in the asker's words (<see cref="Wording.ForAsync"/>, which waits a bounded time).
/// </summary>
public sealed class CommandRouter(CommandCatalog catalog, IncidentStore incidents, Wording wording, ILogger<CommandRouter> logger)
{
    public const string DefaultCommand = "declare";

    public async Task<CommandReply> RouteAsync(SlashCommand command, CancellationToken ct)
    {
        var text = PrivateFlagLast(command.Text.Trim());
        var space = text.IndexOfAny([' ', '\t', '\n']);
        var name = text.Length == 0 ? DefaultCommand : (space < 0 ? text : text[..space]);
        var arguments = space < 0 ? "" : text[(space + 1)..].Trim();
        if (catalog.Find(name) is not { } handler)
        {
            return CommandAnswers.Unknown(await wording.ForAsync(command.UserId, ct), name, catalog.Suggest(name), catalog.All);
        }

        CommandContext? context = null;
        try
        {
            // Only channel commands act on the channel's incident; the others answer without reading it.
            var incident = handler.NeedsIncidentChannel ? await incidents.GetByChannelAsync(command.ChannelId, ct) : null;
            context = new CommandContext(command, arguments, incident) { Wording = wording };
            if (handler.NeedsIncidentChannel && incident is null)
            {
                // The asker's language is looked up while their incidents are read.
                var words = context.WordsAsync(ct);
                var open = await VisibleOpenIncidents.ForAsync(incidents, command.UserId, ct);
                return CommandAnswers.NeedsIncidentChannel(await words, handler.Name, open);
            }

            return await handler.HandleAsync(context, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "/incident {Subcommand} failed for {UserId}", handler.Name, command.UserId);
            // Usually known by now (the command looked it up to answer); else a bounded lookup that never throws.
            var words = context is null ? wording.ForAsync(command.UserId, ct) : context.WordsAsync(ct);
            return CommandAnswers.Failed(await words, handler.Name);
        }
    }

    /// <summary>
    /// <c>--private</c> may come anywhere in a declare's text, first included (<c>/incident --private</c>,
    /// <c>/incident --private declare sev1 …</c>): leading, it moves after the declare, which it implies when alone. Before
    /// any other command it stays where it is, so that command answers it rather than taking it into its text.
    /// </summary>
    private static string PrivateFlagLast(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !string.Equals(words[0], DeclareCommand.PrivateFlag, StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        if (words.Length == 1)
        {
            return $"{DefaultCommand} {DeclareCommand.PrivateFlag}";
        }

        return string.Equals(CommandAliases.Resolve(words[1]), DefaultCommand, StringComparison.OrdinalIgnoreCase)
            ? string.Join(' ', words.Skip(1)) + " " + DeclareCommand.PrivateFlag
            : text;
    }
}
