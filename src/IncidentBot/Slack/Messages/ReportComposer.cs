using IncidentBot.Core.Metrics;
using IncidentBot.Core.Texts;
using IncidentBot.Web;

namespace IncidentBot.Slack.Messages;

/// <summary>
/// Computes a period's report for a channel (no private incident counted) and builds its message, linking the web
/// view's insights when the web view is on. Shared by <c>/incident report</c> and the scheduled monthly report.
/// </summary>
public sealed class ReportComposer(InsightsService insights, WebSettings web)
{
    public async Task<ComposedReport> ComposeAsync(Words words, ReportPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var report = await insights.ReportAsync(period.From, period.To, MetricsAudience.Channel, ct);
        var (text, blocks) = ReportMessage.Build(words, period, report, web.IsOn ? new Uri(web.PublicUrl!, "insights") : null);
        return new ComposedReport(text, blocks, report);
    }
}
