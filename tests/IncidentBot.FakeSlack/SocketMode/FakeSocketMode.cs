using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.FakeSlack;

/// <summary>
/// Slack's Socket Mode side: accepts <c>GET /socket?ticket=…</c> upgrades for tickets issued by
/// <c>apps.connections.open</c>, says <c>hello</c>, delivers envelopes to one connection and records the acks.
/// </summary>
public sealed partial class FakeSocketMode
{
    private readonly SocketTickets _tickets;
    private readonly ConcurrentDictionary<int, FakeSocketConnection> _open = new();
    private readonly ConcurrentDictionary<string, PendingEnvelope> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedAck> _acks = new();
    private readonly ConcurrentQueue<string> _ackProblems = new();
    private readonly Lock _historyGate = new();
    private readonly List<SocketEvent> _history = [];
    private int _opened;

    internal FakeSocketMode(SocketTickets tickets, Func<Uri> newResponseUrl, Func<string, string> issueTrigger)
    {
        _tickets = tickets;
        _newResponseUrl = newResponseUrl;
        _issueTrigger = issueTrigger;
    }

    /// <summary>Connections open right now.</summary>
    public int ConnectionCount => _open.Count;

    /// <summary>The ids of the connections open right now, oldest first (several clients may each hold one).</summary>
    public IReadOnlyList<int> OpenConnectionIds => _open.Keys.Order().ToArray();

    /// <summary>Connections accepted since the server started.</summary>
    public int ConnectionsOpened => Volatile.Read(ref _opened);

    public IReadOnlyList<RecordedAck> Acks => _acks.ToArray();

    /// <summary>Acks Slack would reject: a payload where none is accepted, or an unknown envelope_id.</summary>
    public IReadOnlyList<string> AckProblems => _ackProblems.ToArray();

    public IReadOnlyList<SocketEvent> History
    {
        get
        {
            lock (_historyGate)
            {
                return _history.ToArray();
            }
        }
    }

    /// <summary>
    /// Delivers an envelope to the newest connection not told to disconnect (or to connection
    /// <paramref name="connectionId"/>: Slack may deliver to any of an app's connections), and waits for its ack.
    /// Returns the ack's JSON, or null if none came within <paramref name="ackTimeout"/>.
    /// </summary>
    public async Task<JsonObject?> SendEnvelopeAsync(string type, JsonObject payload, bool acceptsResponsePayload,
        TimeSpan ackTimeout, int retryAttempt = 0, string? envelopeId = null, int? connectionId = null)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var connection = _open.Values.Where(c => !c.IsDisconnecting && c.IsOpen && (connectionId is null || c.Id == connectionId)).MaxBy(c => c.Id)
            ?? throw new InvalidOperationException("No Socket Mode connection is open to deliver to.");
        var id = envelopeId ?? Guid.NewGuid().ToString();
        var frame = new JsonObject
        {
            ["envelope_id"] = id, ["payload"] = payload.DeepClone(), ["type"] = type, ["accepts_response_payload"] = acceptsResponsePayload,
        };
        if (type == "events_api")
        {
            frame["retry_attempt"] = retryAttempt;
            frame["retry_reason"] = retryAttempt > 0 ? "timeout" : "";
        }

        var pending = new PendingEnvelope(acceptsResponsePayload);
        _pending[id] = pending;
        await connection.SendAsync(frame);
        try
        {
            return await pending.Ack.Task.WaitAsync(ackTimeout);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    internal async Task AcceptAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest || !_tickets.Redeem(http.Request.Query["ticket"]))
        {
            http.Response.StatusCode = http.WebSockets.IsWebSocketRequest ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var connection = new FakeSocketConnection(Interlocked.Increment(ref _opened), socket, http);
        _open[connection.Id] = connection;
        Record(connection.Id, SocketEvent.Opened);
        await connection.SendAsync(Hello(_open.Count));
        var ended = await connection.ReadAllAsync(text => OnAck(connection.Id, text));
        _open.TryRemove(connection.Id, out _);
        Record(connection.Id, ended);
    }

    private void OnAck(int connectionId, string text)
    {
        if (JsonNode.Parse(text) is not JsonObject ack || ack["envelope_id"]?.GetValue<string>() is not { } id)
        {
            _ackProblems.Enqueue($"not an ack: {text}");
            return;
        }

        _acks.Enqueue(new RecordedAck(connectionId, id, ack));
        if (!_pending.TryGetValue(id, out var pending))
        {
            _ackProblems.Enqueue($"ack for unknown or late envelope {id}");
            return;
        }

        if (ack["payload"] is not null && !pending.AcceptsResponsePayload)
        {
            _ackProblems.Enqueue($"ack for {id} carries a payload, but the envelope does not accept one");
        }

        if (ack["payload"]?["blocks"] is JsonArray blocks && PayloadSize.MessageProblems(blocks) is { Count: > 0 } problems)
        {
            _ackProblems.Enqueue($"ack for {id} carries blocks Slack would refuse: {string.Join("; ", problems)}");
        }

        pending.Ack.TrySetResult(ack);
    }

    private void Record(int connectionId, string what)
    {
        lock (_historyGate)
        {
            _history.Add(new SocketEvent(connectionId, what));
        }
    }

    private static JsonObject Hello(int connections) => new()
    {
        ["type"] = "hello",
        ["num_connections"] = connections,
        ["debug_info"] = new JsonObject { ["host"] = "applink-fake", ["build_number"] = 1, ["approximate_connection_time"] = 18060 },
        ["connection_info"] = new JsonObject { ["app_id"] = "A0001" },
    };

    private sealed record PendingEnvelope(bool AcceptsResponsePayload)
    {
        public TaskCompletionSource<JsonObject> Ack { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
