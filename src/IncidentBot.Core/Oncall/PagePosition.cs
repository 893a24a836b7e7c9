namespace IncidentBot.Core.Oncall;

/// <summary>Why someone was paged: a rotation's primary or secondary, the severity's escalation target, or by name.</summary>
public enum PagePosition
{
    Primary,
    Secondary,
    Target,
    Person,
}
