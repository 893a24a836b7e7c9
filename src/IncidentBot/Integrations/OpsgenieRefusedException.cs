namespace IncidentBot.Integrations;

/// <summary>Opsgenie answered with a 4xx other than 429: the request or the key is wrong, and sending it again changes nothing.</summary>
public sealed class OpsgenieRefusedException(int status, string reason)
    : Exception($"Opsgenie refused the request ({status}): {reason}")
{
    public int Status { get; } = status;
}
