namespace IncidentBot.Integrations;

/// <summary>A vendor answered a call with a 4xx other than 429: the call or the settings are wrong, and repeating it changes nothing.</summary>
public sealed class VendorRefusedException(string vendor, int status)
    : Exception($"{vendor} refused the call ({status})")
{
    public string Vendor { get; } = vendor;

    public int Status { get; } = status;
}
