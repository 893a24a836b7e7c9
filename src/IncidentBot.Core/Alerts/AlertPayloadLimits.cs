namespace IncidentBot.Core.Alerts;

/// <summary>What one delivery may carry; anything beyond is refused, not cut, so nothing is half-recorded.</summary>
public static class AlertPayloadLimits
{
    public const int MaxAlerts = 500;

    public const int MaxLabels = 64;

    public const int MaxFingerprintLength = 256;

    /// <summary>A label or annotation value, a URL, a description.</summary>
    public const int MaxValueLength = 8192;

    public const int MaxDepth = 16;
}
