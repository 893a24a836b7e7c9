using IncidentBot.Core.Storage;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Work;

/// <summary>
/// Shows a queued <see cref="EphemeralNotice"/> to its person, in the language they read when it was written in each
/// (the lookup waits here, in the queue, never in the click's acknowledgement).
/// </summary>
public sealed class EphemeralNoticeHandler(EphemeralSender sender, Wording wording) : IWorkHandler
{
    public string Kind => EphemeralNotice.Kind;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var notice = EphemeralNotice.Parse(item.Payload);
        var text = notice.Texts is null ? notice.Text : notice.In((await wording.ForAsync(notice.UserId, ct)).Language);
        await sender.SendAsync(notice.ChannelId, notice.UserId, text, null, ct);
    }
}
