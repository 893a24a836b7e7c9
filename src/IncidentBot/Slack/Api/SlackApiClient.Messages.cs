using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Api;

/// <summary>Reading one message by its timestamp.</summary>
internal sealed partial class SlackApiClient
{
    public async Task<HistoryMessage?> GetMessageAsync(string channel, string ts, CancellationToken ct = default)
    {
        const string history = "conversations.history";
        var form = new SlackForm().Add("channel", channel).Add("latest", ts).Add("oldest", ts).Add("inclusive", true).Add("limit", 1);
        var found = Find(history, await CallAsync(history, form, ct).ConfigureAwait(false), ts);
        if (found is not null)
        {
            return found;
        }

        // A thread reply is not in the channel's history; conversations.replies finds it by its own ts.
        const string replies = "conversations.replies";
        try
        {
            var body = await CallAsync(replies, new SlackForm().Add("channel", channel).Add("ts", ts), ct).ConfigureAwait(false);
            return Find(replies, body, ts);
        }
        catch (SlackApiException ex) when (ex.Error is "thread_not_found" or "message_not_found")
        {
            return null;
        }
    }

    private static HistoryMessage? Find(string method, JsonObject body, string ts) =>
        (body["messages"] as JsonArray ?? [])
            .Select(m => SlackResponseReader.Message(method, m))
            .FirstOrDefault(m => m.Ts == ts);
}
