using System.Text.Json.Nodes;
using IncidentBot.Core.Storage;
using IncidentBot.Slack.Api;

namespace IncidentBot.Work;

/// <summary>
/// Posts a message at most once per effect key, across retries and crashes. The message carries Slack message metadata
/// naming the key; when a previous attempt may have reached Slack before the process died, the channel's history since
/// that attempt (for a thread reply, the thread's replies since then), however busy, is searched for that key before
/// posting again. A channel busy
/// beyond its posting pace (the feed channel during a burst of incidents) defers the work with
/// <see cref="WorkDeferredException"/> until its own turn in the channel's line instead of holding a worker: call it
/// from queued work, which takes the deferral.
/// </summary>
public sealed class OncePoster(ISlackApi slack, EffectLedger ledger, ChannelPacer pacer, ILogger<OncePoster> logger)
{
    public const string KeyField = "effect_key";

    /// <summary>How long before its recorded attempt a message is looked for: Slack's clock and ours may differ a little.</summary>
    public static readonly TimeSpan ClockMargin = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(1);

    public async Task<string> PostAsync(string key, string eventType, ChatMessage message, CancellationToken ct)
    {
        var record = await ledger.GetAsync(key, ct);
        if (record is { IsDone: true, Value: { } doneTs })
        {
            return doneTs;
        }

        if (record is not null && await FindPostedAsync(key, message, record.RecordedAt - ClockMargin, ct) is { } foundTs)
        {
            logger.LogInformation("Found message {EffectKey} already posted before a restart", key);
            await ledger.MarkDoneAsync(key, foundTs, ct);
            return foundTs;
        }

        if (pacer.Admit(message.Channel, key, LongestWait) is var wait && wait > TimeSpan.Zero)
        {
            throw new WorkDeferredException(wait);
        }

        await ledger.MarkAttemptedAsync(key, null, ct);
        var payload = new JsonObject { [KeyField] = key };
        var posted = await slack.PostMessageAsync(message with { Metadata = new MessageMetadata(eventType, payload) }, ct);
        await ledger.MarkDoneAsync(key, posted.Ts, ct);
        return posted.Ts;
    }

    /// <summary>
    /// A thread reply is not in the channel's history, so one is looked for among its thread's replies; a direct
    /// message (posted to a user ID) is looked for in the DM conversation, whose own ID Slack's history needs.
    /// </summary>
    private async Task<string?> FindPostedAsync(string key, ChatMessage message, DateTimeOffset since, CancellationToken ct)
    {
        try
        {
            var channel = IsUser(message.Channel) ? await slack.OpenDirectMessageAsync(message.Channel, ct) : message.Channel;
            var history = message.ThreadTs is { } thread
                ? await slack.GetThreadRepliesAsync(channel, thread, since, ct)
                : await slack.GetHistoryAsync(channel, since, ct);
            return history.FirstOrDefault(m => m.MetadataPayload?[KeyField]?.GetValue<string>() == key)?.Ts;
        }
        catch (SlackApiException ex) when (ex.Error is "not_in_channel" or "missing_scope" or "channel_not_found" or "user_not_found")
        {
            logger.LogWarning("Cannot read history to check {EffectKey} ({SlackError}); posting it", key, ex.Error);
            return null;
        }
    }

    /// <summary>User IDs (<c>U…</c>, or <c>W…</c> on Enterprise Grid) post as a DM.</summary>
    private static bool IsUser(string channel) => channel.Length > 1 && channel[0] is 'U' or 'W';
}
