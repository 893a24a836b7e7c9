using IncidentBot.Core.Configuration;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Posts the month's report to the feed channel in the workspace's language, once per month (the effect ledger keys it
/// by the month), its chart following it (once too, keyed by the month); without a feed channel there is nowhere to post
/// it and nothing is done.
/// </summary>
public sealed class MonthlyReportHandler(ReportComposer composer, Wording wording, OncePoster poster, ReportChartUploader charts, IncidentBotOptions options, TimeProvider time) : IWorkHandler
{
    public const string EventType = "monthly_report";

    public string Kind => ReportWorkKinds.MonthlyReport;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (options.FeedChannel is not { Length: > 0 } feed
            || !ReportPeriod.TryParse("monthly " + item.Payload, time.GetUtcNow(), out var period))
        {
            return;
        }

        var composed = await composer.ComposeAsync(wording.Workspace, period, ct);
        await poster.PostAsync($"monthly-report:{period.Name}", EventType, new ChatMessage(feed, composed.Text, composed.Blocks), ct);
        await charts.UploadOnceAsync($"monthly-report:{period.Name}:chart", feed, wording.Workspace, period, composed.Report, ct);
    }
}
