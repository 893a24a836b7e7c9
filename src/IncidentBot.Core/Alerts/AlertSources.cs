namespace IncidentBot.Core.Alerts;

/// <summary>The sources with an intake endpoint, <c>POST /hooks/&lt;source&gt;</c>.</summary>
public static class AlertSources
{
    public const string Alertmanager = "alertmanager";
    public const string Grafana = "grafana";
    public const string Generic = "generic";

    public static IReadOnlyList<string> All { get; } = [Alertmanager, Grafana, Generic];
}
