namespace IncidentBot.Core.Policies;

/// <summary>What a missed update escalates to (DESIGN §6).</summary>
public enum EscalationStep
{
    None,
    DirectMessageCommander,
    MentionTarget,
}
