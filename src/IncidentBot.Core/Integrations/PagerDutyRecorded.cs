namespace IncidentBot.Core.Integrations;

/// <summary>What became of a PagerDuty webhook event.</summary>
public enum PagerDutyRecorded
{
    /// <summary>On the incident's timeline now.</summary>
    Recorded,

    /// <summary>This event was recorded already (PagerDuty delivered it again).</summary>
    Duplicate,

    /// <summary>Its dedup key names none of our incidents: an alert from elsewhere on the same service.</summary>
    NotOurs,
}
