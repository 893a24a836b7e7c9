namespace IncidentBot.Core.Integrations;

/// <summary>The PagerDuty incident events that reach the timeline.</summary>
public enum PagerDutyNoticeKind
{
    Acknowledged,
    Resolved,
}
