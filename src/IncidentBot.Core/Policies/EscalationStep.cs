namespace IncidentBot.Core.Policies;

/// <summary>What a missed update escalates to: a DM to the IC, then a mention of the severity's escalation target.</summary>
public enum EscalationStep
{
    None,
    DirectMessageCommander,
    MentionTarget,
}
