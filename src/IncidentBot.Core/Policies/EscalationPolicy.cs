using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Policies;

/// <summary>
/// Escalation per DESIGN §6: when the missed-update count reaches the severity's "escalate after", DM the IC; one
/// missed update later, mention the severity's escalation target. Each step happens once per run of missed updates.
/// With no IC the DM step goes to the target at once; with no target configured that step does nothing.
/// </summary>
public static class EscalationPolicy
{
    public static EscalationStep Decide(Severity severity, int missed, bool hasCommander)
    {
        if (severity.EscalateAfterMissed is not { } after)
        {
            return EscalationStep.None;
        }

        var hasTarget = severity.EscalationTarget is not null;
        if (missed == after)
        {
            return hasCommander ? EscalationStep.DirectMessageCommander
                : hasTarget ? EscalationStep.MentionTarget : EscalationStep.None;
        }

        return missed == after + 1 && hasTarget && hasCommander ? EscalationStep.MentionTarget : EscalationStep.None;
    }

    /// <summary>How the target reads in a message: a user (<c>U…</c>), a user group (<c>S…</c>) or a channel (<c>C…</c>).</summary>
    public static string Mention(string target) => target switch
    {
        ['S', ..] => $"<!subteam^{target}>",
        ['C', ..] or ['G', ..] => $"<#{target}>",
        ['U', ..] or ['W', ..] => $"<@{target}>",
        _ => target,
    };

    /// <summary>Whether the target is a channel, which also gets the escalation posted in it.</summary>
    public static bool IsChannel(string target) => target.Length > 1 && target[0] is 'C' or 'G';
}
