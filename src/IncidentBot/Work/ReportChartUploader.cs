using IncidentBot.Core.Metrics;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Renders a report's chart and shares it into a channel at most once per effect key: an upload that may have reached
/// Slack before a crash is looked for in the channel by its comment before uploading again, as the post-mortem file is.
/// </summary>
public sealed partial class ReportChartUploader(EffectLedger ledger, ISlackApi slack, ILogger<ReportChartUploader> logger)
{
    /// <summary>Returns the file's ID, or null when it was found already shared.</summary>
    public async Task<string?> UploadOnceAsync(string key, string channel, Words words, ReportPeriod period, InsightsReport report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(period);
        var comment = words.Text("report.chart.comment", ("period", period.Name));
        var record = await ledger.GetAsync(key, ct);
        if (record is { IsDone: true })
        {
            return record.Value;
        }

        if (record is not null && await AlreadySharedAsync(channel, comment, record.RecordedAt - OncePoster.ClockMargin, ct))
        {
            await ledger.MarkDoneAsync(key, null, ct);
            return null;
        }

        var png = ReportChart.Render(words, report);
        await ledger.MarkAttemptedAsync(key, null, ct);
        var fileId = await slack.UploadFileAsync(new FileUpload(channel, ReportChart.FileName(period),
            words.Text("report.chart.title", ("period", period.Name)), png, comment, null), ct);
        await ledger.MarkDoneAsync(key, fileId, ct);
        LogShared(logger, period.Name, fileId, png.Length);
        return fileId;
    }

    private async Task<bool> AlreadySharedAsync(string channel, string comment, DateTimeOffset since, CancellationToken ct)
    {
        var history = await slack.GetHistoryAsync(channel, since, ct);
        return history.Any(m => m.BotId is not null && m.Text == comment);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report chart for {Period} shared as {FileId} ({Bytes} bytes)")]
    private static partial void LogShared(ILogger logger, string period, string fileId, int bytes);
}
