using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Policies;

/// <summary>
/// Escalation: once the missed-update count reaches the severity's "escalate after", DM the IC; one
/// missed update later, mention the severity's escalation target. Each step happens once per run of missed updates,
/// counted by how far the run has escalated rather than by an exact count, so a severity changed mid-run (its "escalate
/// after" with it) neither skips a step nor repeats one. With no IC the DM step goes to the target at once; with no
/// target configured that step does nothing.
/// </summary>
public static class EscalationPolicy
{
    /// <summary>Escalation level once the IC was DMed (<see cref="CadenceState.Escalated"/>).</summary>
    public const int CommanderTold = 1;

    /// <summary>Escalation level once the target was mentioned: nothing further.</summary>
    public const int TargetTold = 2;

    public static EscalationStep Decide(Severity severity, int missed, int escalated, bool hasCommander)
    {
        if (severity.EscalateAfterMissed is not { } after)
        {
            return EscalationStep.None;
        }

        var hasTarget = severity.EscalationTarget is not null;
        if (escalated < CommanderTold && missed >= after)
        {
            return hasCommander ? EscalationStep.DirectMessageCommander
                : hasTarget ? EscalationStep.MentionTarget : EscalationStep.None;
        }

        return escalated < TargetTold && missed >= after + 1 && hasTarget ? EscalationStep.MentionTarget : EscalationStep.None;
    }

    /// <summary>The run's escalation level after <paramref name="step"/>.</summary>
    public static int After(EscalationStep step, int escalated) => step switch
    {
        EscalationStep.DirectMessageCommander => Math.Max(escalated, CommanderTold),
        EscalationStep.MentionTarget => TargetTold,
        _ => escalated,
    };

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
