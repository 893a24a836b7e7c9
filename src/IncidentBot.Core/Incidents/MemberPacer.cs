using IncidentBot.Core.Configuration;

namespace IncidentBot.Core.Incidents;

/// <summary>
/// Paces each member's declares and post-mortem recompiles over a sliding window, so one member scripting fifty
/// declares cannot queue a real SEV1's channel behind Slack's workspace-wide <c>conversations.create</c> limit. Admins
/// are not paced. Every way in (the inline declare, the declare form, Socket Mode) takes from the same allowance. The
/// allowance is kept in memory: a restart gives everyone a fresh one, which is fine for pacing.
/// </summary>
public sealed class MemberPacer(IncidentBotOptions options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(PacedAction, string), Queue<(DateTimeOffset At, string Request)>> _taken = [];

    /// <summary>
    /// Takes one from the member's allowance; null when taken, or when and why they may try again. The same
    /// <paramref name="request"/> again (a double submit, a retry) is let through without taking another.
    /// </summary>
    public PaceRefusal? TryTake(PacedAction action, string member, string request)
    {
        var (count, window) = action == PacedAction.Declare
            ? (options.DeclaresPerMember, options.DeclaresPerMemberWindow)
            : (options.RecompilesPerMember, options.RecompilesPerMemberWindow);
        if (count <= 0 || options.Admins.Contains(member, StringComparer.Ordinal))
        {
            return null;
        }

        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_taken.TryGetValue((action, member), out var taken))
            {
                _taken[(action, member)] = taken = new Queue<(DateTimeOffset, string)>();
            }

            while (taken.Count > 0 && taken.Peek().At <= now - window)
            {
                taken.Dequeue();
            }

            if (taken.Any(t => t.Request == request))
            {
                return null;
            }

            if (taken.Count >= count)
            {
                var free = taken.Peek().At + window;
                return new PaceRefusal(action, count, window, free, free - now);
            }

            taken.Enqueue((now, request));
            return null;
        }
    }
}
