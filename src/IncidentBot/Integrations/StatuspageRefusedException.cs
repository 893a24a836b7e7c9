namespace IncidentBot.Integrations;

/// <summary>Statuspage answered with a 4xx other than 420/429: the call or the key is wrong, and making it again changes nothing.</summary>
public sealed class StatuspageRefusedException(int status, string reason)
    : Exception($"Statuspage refused the call ({status}): {reason}")
{
    public int Status { get; } = status;
}
