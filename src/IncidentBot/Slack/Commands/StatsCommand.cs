using IncidentBot.Core.Metrics;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Slack.Commands;

/// <summary>
/// <c>/incident stats [Nd]</c>: counts, MTTA / MTTM / MTTR per severity and completion rates over the window, and the
/// alerts declined in triage over the same window, counted apart from incidents.
/// </summary>
public sealed class StatsCommand(MetricsService metrics, AlertStore alerts, TimeProvider time) : IIncidentCommand
{
    public string Name => "stats";

    public bool NeedsIncidentChannel => false;

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        // The asker's language is looked up while the report is computed.
        var asker = context.WordsAsync(ct);
        if (!StatsWindow.TryParse(context.Arguments, out var days))
        {
            return CommandReply.Ephemeral(StatsMessage.Usage(await asker, context.Arguments));
        }

        var now = time.GetUtcNow();
        var declined = await alerts.CountDeclinedAsync((now - TimeSpan.FromDays(days)).ToUnixTimeMilliseconds(), now.ToUnixTimeMilliseconds() + 1, ct);
        var report = await metrics.ReportAsync(days, context.Command.UserId, ct) with { DeclinedAlerts = declined };
        var (text, blocks) = StatsMessage.Build(await asker, report);
        return CommandReply.Ephemeral(text, blocks);
    }
}
