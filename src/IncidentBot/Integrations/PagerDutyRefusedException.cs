namespace IncidentBot.Integrations;

/// <summary>PagerDuty answered an event with a 4xx other than 429: the event is wrong or the key is, and sending it again changes nothing.</summary>
public sealed class PagerDutyRefusedException(int status, string reason)
    : Exception($"PagerDuty refused the event ({status}): {reason}")
{
    public int Status { get; } = status;
}
