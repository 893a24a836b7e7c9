namespace IncidentBot.Core.Policies;

/// <summary>What someone wants to do to an incident, for the permission policy (<see cref="PermissionPolicy"/>).</summary>
public enum IncidentAction
{
    Declare,
    Note,
    Pin,
    AddAction,
    TakeEmptyRole,
    AssignRole,
    ReassignCommander,
    ChangeSeverity,
    Resolve,
    Reopen,
    CompleteReview,
    Cancel,
    Merge,
}
