using IncidentBot.Core.Integrations;
using IncidentBot.Integrations;

namespace IncidentBot.Slack.Commands;

/// <summary><c>/incident integrations</c>: which integrations are on and how each one's last call went; only the asker sees it.</summary>
public sealed class IntegrationsCommand(IntegrationDirectory directory) : IIncidentCommand
{
    public string Name => "integrations";

    public bool NeedsIncidentChannel => false;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = await context.WordsAsync(ct);
        if (context.Arguments.Trim() is { Length: > 0 } typed)
        {
            return CommandReply.Ephemeral(IntegrationsAnswer.Usage(words, typed));
        }

        var (text, blocks) = IntegrationsAnswer.Build(words, await directory.ListAsync(ct));
        return CommandReply.Ephemeral(text, blocks);
    }
}
