namespace IncidentBot.Core.Incidents;

/// <summary>
/// How an incident was detected, as the declare form offers it (the practice's detection paths): its keys are stored on
/// the incident and read in the post-mortem's "Detected" row (<c>types.detected.&lt;key&gt;</c> in the catalogue).
/// </summary>
public static class DetectionSource
{
    public const string Alert = "alert";
    public const string Synthetic = "synthetic";
    public const string Customer = "customer";
    public const string Internal = "internal";
    public const string Security = "security";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Alert, Synthetic, Customer, Internal, Security, Other];

    public static bool IsKnown(string? key) => key is not null && All.Contains(key, StringComparer.Ordinal);
}
