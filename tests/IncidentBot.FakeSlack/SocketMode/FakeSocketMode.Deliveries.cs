using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>Envelopes shaped as Slack sends them: slash commands, events and interactions.</summary>
public sealed partial class FakeSocketMode
{
    /// <summary>Slack's own deadline for an ack.</summary>
    public static readonly TimeSpan AckDeadline = TimeSpan.FromSeconds(3);

    private readonly Func<Uri> _newResponseUrl;
    private readonly Func<string, string> _issueTrigger;

    /// <summary>Sends <c>/incident {text}</c> with a fresh response_url and trigger_id; waits up to 3 s for the ack.</summary>
    public async Task<SlashCommandDelivery> SendSlashCommandAsync(string text, string user = "U1", string channel = "CGENERAL")
    {
        var responseUrl = _newResponseUrl();
        var triggerId = _issueTrigger(user);
        var payload = new JsonObject
        {
            ["token"] = "verification-token-unused", ["team_id"] = "T0001", ["team_domain"] = "acme", ["channel_id"] = channel,
            ["channel_name"] = "general", ["user_id"] = user, ["user_name"] = user.ToLowerInvariant(), ["command"] = "/incident",
            ["text"] = text, ["api_app_id"] = "A0001", ["is_enterprise_install"] = "false",
            ["response_url"] = responseUrl.ToString(), ["trigger_id"] = triggerId,
        };
        var ack = await SendEnvelopeAsync("slash_commands", payload, acceptsResponsePayload: true, AckDeadline);
        return new SlashCommandDelivery(ack, responseUrl, triggerId);
    }

    /// <summary>
    /// Sends an <c>event_callback</c> body as an <c>events_api</c> envelope, to the newest connection or to
    /// <paramref name="connectionId"/>; waits up to 3 s for the ack.
    /// </summary>
    public Task<JsonObject?> SendEventAsync(JsonObject eventCallback, int retryAttempt = 0, int? connectionId = null) =>
        SendEnvelopeAsync("events_api", eventCallback, acceptsResponsePayload: false, AckDeadline, retryAttempt, connectionId: connectionId);

    /// <summary>
    /// Sends an interaction payload as an <c>interactive</c> envelope (view submissions and block suggestions accept a
    /// response payload, as on Slack); waits up to 3 s for the ack.
    /// </summary>
    public Task<JsonObject?> SendInteractiveAsync(JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var type = payload["type"]?.GetValue<string>();
        var accepts = type is "view_submission" or "block_suggestion";
        return SendEnvelopeAsync("interactive", payload, accepts, AckDeadline);
    }
}
