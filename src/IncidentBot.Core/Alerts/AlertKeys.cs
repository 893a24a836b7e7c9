namespace IncidentBot.Core.Alerts;

/// <summary>The keys alerts are deduplicated and their effects recorded under.</summary>
public static class AlertKeys
{
    public static string Open(string source, string fingerprint) => $"{source}:{fingerprint}";

    public static string Declare(long alertId) => $"alert:{alertId}";

    public static string TriageMessage(long alertId) => $"alert:{alertId}:triage";

    public static string TriageReminder(long alertId) => $"alert:{alertId}:triage-reminder";

    public static string FiredEntry(long alertId) => $"alert-fired:{alertId}";

    public static string AgainEntry(long alertId) => $"alert-again:{alertId}";

    public static string ResolvedEntry(long alertId, long atMs) => $"alert-resolved:{alertId}:{atMs}";
}
