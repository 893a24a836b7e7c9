namespace IncidentBot.Core.Alerts;

/// <summary>What the source last said of an alert.</summary>
public enum AlertStatus
{
    Firing,
    Resolved,
}
