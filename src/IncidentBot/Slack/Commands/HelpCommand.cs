using System.Collections.Concurrent;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident help</c>: usage generated from the registered subcommands, in the asker's language, built once per
/// language (the subcommands do not change while running).
/// </summary>
public sealed class HelpCommand(IServiceProvider services) : IIncidentCommand
{
    private readonly ConcurrentDictionary<Language, string> _texts = new();

    public string Name => "help";

    public bool NeedsIncidentChannel => false;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var words = await context.WordsAsync(ct);
        return CommandAnswers.Help(_texts.GetOrAdd(words.Language,
            _ => CommandAnswers.HelpText(words, services.GetRequiredService<CommandCatalog>().All)));
    }
}
