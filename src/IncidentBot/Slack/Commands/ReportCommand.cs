using IncidentBot.Core.Metrics;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident report [monthly|quarterly] [period]</c>: the report for the period, posted visibly where it was asked, in
/// the workspace's language; private incidents are left out since everyone there reads it. A period it cannot read is
/// explained to the asker alone.
/// </summary>
public sealed class ReportCommand(ReportComposer composer, Wording wording, TimeProvider time) : IIncidentCommand
{
    public string Name => "report";

    public bool NeedsIncidentChannel => false;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        if (!ReportPeriod.TryParse(context.Arguments, time.GetUtcNow(), out var period))
        {
            return CommandReply.Ephemeral(ReportMessage.Usage(await context.WordsAsync(ct), context.Arguments));
        }

        var (text, blocks) = await composer.ComposeAsync(wording.Workspace, period, ct);
        return new CommandReply(text, blocks, InChannel: true);
    }
}
