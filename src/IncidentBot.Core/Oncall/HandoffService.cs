using IncidentBot.Core.Storage;

namespace IncidentBot.Core.Oncall;

/// <summary>
/// Handoffs at rotation boundaries: when a turn starts, the outgoing and incoming primaries (overrides applied) are
/// queued their handoff DMs, once per rotation and boundary; a boundary missed while the bot was down is handed off
/// at the next start, the latest one only.
/// </summary>
public sealed class HandoffService(Changes changes, RotationService rotations)
{
    /// <summary>Queues the handoff of the turn under way; null when nobody changed (or the rotation is gone or empty).</summary>
    public async Task<HandoffPayload?> HandOffAsync(string name, CancellationToken ct = default)
    {
        if (await rotations.GetAsync(name, ct) is not { Members.Count: > 0 } rotation)
        {
            return null;
        }

        var swaps = await rotations.SwapsAsync(name, ct);
        return await changes.RunAsync(async change =>
        {
            var boundary = rotation.Boundary(rotation.TurnAt(change.Now));
            var outgoing = OnCall.At(rotation, swaps, boundary.AddMilliseconds(-1)).Primary;
            var incoming = OnCall.At(rotation, swaps, boundary).Primary;
            if (outgoing == incoming)
            {
                return null;
            }

            var payload = new HandoffPayload(rotation.Name, boundary.ToUnixTimeMilliseconds(), outgoing, incoming);
            var queued = await change.QueueAsync(OncallWorkKinds.PostHandoff, null, OncallWorkKinds.Serialize(payload),
                $"handoff:{rotation.Name}:{payload.AtMs}");
            return queued ? payload : null;
        }, ct);
    }

    /// <summary>When the rotation's next turn starts; null when it does not exist.</summary>
    public async Task<DateTimeOffset?> NextBoundaryAsync(string name, DateTimeOffset now, CancellationToken ct = default) =>
        await rotations.GetAsync(name, ct) is { } rotation ? rotation.Boundary(rotation.TurnAt(now) + 1) : null;
}
