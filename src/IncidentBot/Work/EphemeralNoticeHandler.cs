using IncidentBot.Core.Storage;

namespace IncidentBot.Work;

/// <summary>Shows a queued <see cref="EphemeralNotice"/> to its person.</summary>
public sealed class EphemeralNoticeHandler(EphemeralSender sender) : IWorkHandler
{
    public string Kind => EphemeralNotice.Kind;

    public async Task HandleAsync(OutboxItem item, CancellationToken ct)
    {
        var notice = EphemeralNotice.Parse(item.Payload);
        await sender.SendAsync(notice.ChannelId, notice.UserId, notice.Text, null, ct);
    }
}
