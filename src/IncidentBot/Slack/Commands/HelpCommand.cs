using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident help</c>: usage generated from the registered subcommands, once (they do not change while running).</summary>
public sealed class HelpCommand(IServiceProvider services) : IIncidentCommand
{
    private string? _text;

    public string Name => "help";

    public string Arguments => "";

    public string Description => "this list";

    public bool NeedsIncidentChannel => false;

    public Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct) =>
        Task.FromResult(CommandAnswers.Help(_text ??= CommandAnswers.HelpText(services.GetRequiredService<CommandCatalog>().All)));
}
