namespace IncidentBot.Core.Oncall;

/// <summary>What happened to an open page.</summary>
public enum PageMark
{
    Acknowledged,
    Declined,
    Expired,
}
