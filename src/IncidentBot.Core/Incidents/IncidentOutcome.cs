namespace IncidentBot.Core.Incidents;

/// <summary>How an incident was closed when it was not resolved: there was nothing to resolve, or it was another's duplicate.</summary>
public enum IncidentOutcome
{
    /// <summary>A false alarm, or declined as not an incident (<c>/incident cancel &lt;reason&gt;</c>): closed without a post-mortem.</summary>
    Cancelled,

    /// <summary>A duplicate closed into another incident (<c>/incident merge INC-n</c>), which carries on.</summary>
    Merged,
}
