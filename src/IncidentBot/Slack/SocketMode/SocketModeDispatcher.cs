using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Slack.Commands;
using IncidentBot.Slack.Events;
using IncidentBot.Slack.Http;
using IncidentBot.Slack.Interactions;
using IncidentBot.Slack.Messages;
using IncidentBot.Work;

namespace IncidentBot.Slack.SocketMode;

/// <summary>
/// Runs a Socket Mode envelope through the same routers as the HTTP endpoints and builds its ack. Envelopes we cannot
/// use are acknowledged anyway, so Slack does not redeliver them; a handler failure leaves the envelope unacknowledged,
/// as an HTTP 500 would, so Slack retries events and shows the user an error for commands and forms.
/// </summary>
public sealed class SocketModeDispatcher(
    CommandRouter commands,
    InteractionRouter interactions,
    EventIntake events,
    ForegroundActivity foreground,
    MentionFence fence,
    ILogger<SocketModeDispatcher> logger)
{
    public const string SlashCommands = "slash_commands";
    public const string Interactive = "interactive";
    public const string EventsApi = "events_api";

    /// <summary>Handles the envelope; returns the ack to send, or null when it must stay unacknowledged.</summary>
    public async Task<JsonObject?> DispatchAsync(SocketFrame.Envelope envelope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        using var answering = foreground.Enter();
        try
        {
            return envelope.Ack(fence.Json(await RouteAsync(envelope, ct)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            SocketModeLog.HandlerFailed(logger, ex, envelope.Type, envelope.EnvelopeId);
            return null;
        }
    }

    private async Task<JsonObject?> RouteAsync(SocketFrame.Envelope envelope, CancellationToken ct)
    {
        if (envelope.Payload is not { } payload)
        {
            return Unusable(envelope, "no payload object");
        }

        switch (envelope.Type)
        {
            case SlashCommands:
                return SlashCommand.From(Fields(payload)) is { } command
                    ? (await commands.RouteAsync(command, ct)).ToJson()
                    : Unusable(envelope, "slash command without user_id and channel_id");
            case Interactive:
                return InteractionPayload.Parse(payload.ToJsonString()) is { } interaction
                    ? await interactions.RouteAsync(interaction, ct)
                    : Unusable(envelope, "interaction payload without a type");
            case EventsApi:
                var result = await events.AcceptAsync(payload, ct);
                return result is EventIntakeResult.Malformed m ? Unusable(envelope, m.Reason) : null;
            default:
                return Unusable(envelope, "unknown envelope type");
        }
    }

    private JsonObject? Unusable(SocketFrame.Envelope envelope, string problem)
    {
        SocketModeLog.UnusableEnvelope(logger, envelope.Type, envelope.EnvelopeId, problem);
        return null;
    }

    /// <summary>The slash command's JSON object as the string fields the HTTP form would carry.</summary>
    internal static Dictionary<string, string> Fields(JsonObject payload)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in payload)
        {
            if (value is JsonValue v && v.GetValueKind() is not JsonValueKind.Null)
            {
                fields[key] = v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString();
            }
        }

        return fields;
    }
}
