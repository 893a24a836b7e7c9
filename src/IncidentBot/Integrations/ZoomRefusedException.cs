namespace IncidentBot.Integrations;

/// <summary>Zoom answered with a 4xx other than 429: the credentials or the call are wrong, and making it again changes nothing.</summary>
public sealed class ZoomRefusedException(int status, string reason)
    : Exception($"Zoom refused the call ({status}): {reason}")
{
    public int Status { get; } = status;
}
