using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident help</c>: usage generated from the registered subcommands.</summary>
public sealed class HelpCommand(IServiceProvider services) : IIncidentCommand
{
    public string Name => "help";

    public string Arguments => "";

    public string Description => "this list";

    public bool NeedsIncidentChannel => false;

    public Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct) =>
        Task.FromResult(CommandAnswers.Help(services.GetRequiredService<CommandCatalog>().All));
}
