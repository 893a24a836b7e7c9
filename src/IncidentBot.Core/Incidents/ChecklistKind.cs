namespace IncidentBot.Core.Incidents;

/// <summary>An incident's two checklists: the war-room activation list, and the verification list before resolving.</summary>
public enum ChecklistKind
{
    Activation,
    Verification,
}
