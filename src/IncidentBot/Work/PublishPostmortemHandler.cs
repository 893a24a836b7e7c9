using System.Globalization;
using System.Text;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Api;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Publishes a compiled version: the summary message (once, by key; a recompile's says which sections changed) and the Markdown file (once: an upload that may
/// have reached Slack before a crash is looked for in the channel by its comment before uploading again). Both are in the
/// workspace's words, as the post-mortem itself is.
/// </summary>
public sealed class PublishPostmortemHandler(
    PostmortemStore postmortems,
    PostmortemService service,
    OncePoster poster,
    EffectLedger ledger,
    ISlackApi slack,
    Wording wording,
    ILogger<PublishPostmortemHandler> logger) : IWorkHandler
{
    public string Kind => ResolutionWorkKinds.PublishPostmortem;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var version = int.Parse(item.Payload, CultureInfo.InvariantCulture);
        var stored = await postmortems.GetAsync(item.IncidentId!.Value, version, ct);
        if (stored is null || await service.LoadAsync(stored.IncidentId, ct) is not { Incident.ChannelId: { } channel } input)
        {
            return;
        }

        var incident = input.Incident;
        var words = wording.Workspace;
        var previous = version > 1 ? await postmortems.GetAsync(incident.Id, version - 1, ct) : null;
        var changes = previous is null ? null
            : PostmortemChanges.Describe(words, previous.Version, PostmortemChanges.Between(previous.Markdown, stored.Markdown));
        var (text, blocks) = PostmortemMessages.Summary(words, input, version, changes);
        var ts = await poster.PostAsync($"inc:{incident.Id}:postmortem:v{version}", PostmortemMessages.SummaryEventType,
            new ChatMessage(channel, text, blocks), ct);
        await postmortems.SetPublishedAsync(incident.Id, version, ts, null, ct);
        var fileId = await UploadOnceAsync(words, incident, stored, channel, ct);
        await postmortems.SetPublishedAsync(incident.Id, version, null, fileId, ct);
        logger.LogInformation("Post-mortem v{Version} of {IncidentNumber} published as {FileId}", version, incident.Number, fileId);
    }

    private async Task<string?> UploadOnceAsync(Words words, Incident incident, StoredPostmortem stored, string channel, CancellationToken ct)
    {
        var key = $"inc:{incident.Id}:postmortem:v{stored.Version}:file";
        var comment = PostmortemMessages.FileComment(words, incident, stored.Version);
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

        await ledger.MarkAttemptedAsync(key, null, ct);
        var fileId = await slack.UploadFileAsync(new FileUpload(channel, PostmortemMessages.FileName(incident),
            PostmortemMessages.FileTitle(words, incident, stored.Version), Encoding.UTF8.GetBytes(stored.Markdown), comment, null), ct);
        await ledger.MarkDoneAsync(key, fileId, ct);
        return fileId;
    }

    private async Task<bool> AlreadySharedAsync(string channel, string comment, DateTimeOffset since, CancellationToken ct)
    {
        var history = await slack.GetHistoryAsync(channel, since, ct);
        return history.Any(m => m.BotId is not null && m.Text == comment);
    }
}
