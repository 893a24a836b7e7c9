using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using IncidentBot.FakeSlack;
using IncidentBot.Slack.Http;

namespace IncidentBot.Tests.Support;

/// <summary>Sends what Slack sends — slash commands, interactions, events — signed with the signing secret.</summary>
public sealed class SlackRequests(HttpClient http, FakeSlackServer slack, string signingSecret)
{
    public Uri? LastResponseUrl { get; private set; }

    public string? LastTriggerId { get; private set; }

    public async Task<SlackAnswer> CommandAsync(string text, string user = "U1", string channel = "CGENERAL")
    {
        // Locals first: tests send commands concurrently, and each must carry its own trigger ID and response URL.
        var responseUrl = slack.NewResponseUrl();
        var triggerId = slack.IssueTriggerId(user);
        (LastResponseUrl, LastTriggerId) = (responseUrl, triggerId);
        var form = new Dictionary<string, string>
        {
            ["token"] = "verification-token-unused", ["team_id"] = "T0001", ["team_domain"] = "acme", ["channel_id"] = channel,
            ["channel_name"] = "general", ["user_id"] = user, ["user_name"] = user.ToLowerInvariant(), ["command"] = "/incident",
            ["text"] = text, ["api_app_id"] = "A0001", ["response_url"] = responseUrl.ToString(), ["trigger_id"] = triggerId,
        };
        return Shown(await PostAsync("/slack/commands", FormBody(form), "application/x-www-form-urlencoded"));
    }

    /// <summary>
    /// The answer, as Slack would show it: an answer whose blocks Slack refuses (a block over its limit, more than 50
    /// blocks, or more text than a message may hold) reaches the user as an error instead, so it fails the test here.
    /// </summary>
    private static SlackAnswer Shown(SlackAnswer answer)
    {
        if (answer.Json?["blocks"] is JsonArray blocks && PayloadSize.MessageProblems(blocks) is { Count: > 0 } problems)
        {
            throw new InvalidOperationException("Slack would refuse this command answer: " + string.Join("; ", problems));
        }

        return answer;
    }

    public Task<SlackAnswer> InteractionAsync(JsonObject payload) =>
        PostAsync("/slack/interactions", FormBody(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() }),
            "application/x-www-form-urlencoded");

    public Task<SlackAnswer> EventAsync(JsonObject envelope, int? retryNum = null) =>
        PostAsync("/slack/events", envelope.ToJsonString(), "application/json", retryNum);

    public async Task<SlackAnswer> PostAsync(string path, string body, string contentType, int? retryNum = null,
        long? timestamp = null, string? signatureOverride = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var ts = timestamp ?? TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", ts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Signature", signatureOverride ?? SlackSignatureVerifier.Sign(signingSecret, ts, bytes));
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        using var response = await http.SendAsync(request);
        return new SlackAnswer((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static string FormBody(IReadOnlyDictionary<string, string> fields) =>
        string.Join('&', fields.Select(kv => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(kv.Value)}"));
}
