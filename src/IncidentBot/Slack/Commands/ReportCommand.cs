using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident report [monthly|quarterly] [period]</c>: the report for the period, posted visibly where it was asked, in
/// the workspace's language; private incidents are left out since everyone there reads it. A period it cannot read is
/// explained to the asker alone. The chart follows as queued work (drawing and uploading it would slow the answer), shared
/// into the same channel once.
/// </summary>
public sealed class ReportCommand(ReportComposer composer, Wording wording, StandaloneWork queue, TimeProvider time) : IIncidentCommand
{
    public string Name => "report";

    public bool NeedsIncidentChannel => false;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        if (!ReportPeriod.TryParse(context.Arguments, time.GetUtcNow(), out var period))
        {
            return CommandReply.Ephemeral(ReportMessage.Usage(await context.WordsAsync(ct), context.Arguments));
        }

        var composed = await composer.ComposeAsync(wording.Workspace, period, ct);
        var request = new ReportChartRequest(context.Command.ChannelId, context.Command.UserId,
            $"{(period.Quarterly ? "quarterly" : "monthly")} {period.Name}");
        await queue.QueueAsync(ReportWorkKinds.ReportChart, null, JsonSerializer.Serialize(request), null, ct);
        return new CommandReply(composed.Text, composed.Blocks, InChannel: true);
    }
}
