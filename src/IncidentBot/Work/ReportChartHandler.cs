using System.Text.Json;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Shares the chart of a report asked for with <c>/incident report</c> into the channel the report was posted in, once
/// per request (the effect ledger keys it by the queued item). Where the bot cannot share a file (a channel it is not
/// in, a direct message between people) the asker is told so, and the report itself stands without it.
/// </summary>
public sealed class ReportChartHandler(
    ReportComposer composer,
    ReportChartUploader uploader,
    EffectLedger ledger,
    EphemeralSender ephemeral,
    Wording wording,
    TimeProvider time,
    ILogger<ReportChartHandler> logger) : IWorkHandler
{
    public string Kind => ReportWorkKinds.ReportChart;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (JsonSerializer.Deserialize<ReportChartRequest>(item.Payload) is not { } request
            || !ReportPeriod.TryParse(request.Period, time.GetUtcNow(), out var period))
        {
            return;
        }

        var key = $"report-chart:{item.Id}";
        var composed = await composer.ComposeAsync(wording.Workspace, period, ct);
        try
        {
            await uploader.UploadOnceAsync(key, request.Channel, wording.Workspace, period, composed.Report, ct);
        }
        catch (SlackApiException ex) when (ex.Error is "not_in_channel" or "channel_not_found" or "is_archived" or "invalid_channel")
        {
            logger.LogWarning("Report chart for {Period} cannot be shared in {Channel} ({SlackError})", period.Name, request.Channel, ex.Error);
            await ledger.MarkRefusedAsync(key, ex.Error, ct);
            var words = await wording.ForAsync(request.User, ct);
            await ephemeral.SendAsync(request.Channel, request.User, words["report.chart.not_shared"], null, ct);
        }
    }
}
