namespace IncidentBot.Core.Incidents;

/// <summary>Whether an action item still needs doing.</summary>
public enum ActionItemState
{
    Open,
    Done,
}
